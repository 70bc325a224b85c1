package net.safeskill.lms.web.catalogue;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.catalogue.application.CatalogueIndexAdmin;

/** The system admin's search index page ({@code /admin/search.xhtml}): rebuild the index and watch it progress. */
@Named
@ViewScoped
public class SearchAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueIndexAdmin index;

    public CatalogueIndexAdmin.Status getStatus() {
        return index.status();
    }

    public boolean isRunning() {
        return index.status().state() == CatalogueIndexAdmin.State.RUNNING;
    }

    public long getIndexedDocuments() {
        return index.indexedDocuments();
    }

    public long getExpectedDocuments() {
        return index.expectedDocuments();
    }

    public void rebuild() {
        index.rebuild();
    }
}
