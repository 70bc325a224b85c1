package net.safeskill.lms.web.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Year;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import net.safeskill.lms.catalogue.application.LibraryService;
import net.safeskill.lms.catalogue.application.LibraryViews;
import net.safeskill.lms.catalogue.domain.model.library.ResourceDetails;
import net.safeskill.lms.catalogue.domain.model.library.ResourceKind;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.web.support.Messages;

/**
 * The library management page ({@code /library/manage.xhtml}) of institution admins and the system admin: upload a
 * resource (PDF or MP4, inspected by the service), see their own resources, publish or retire them.
 */
@Named
@ViewScoped
public class LibraryManageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap FIELDS = Messages.FieldMap.of("library.title", "up:title",
            "library.summary", "up:summary", "library.source", "up:source", "library.year", "up:year",
            "library.studyMinutes", "up:minutes", "upload", "up:file", "library.fileType", "up:file");

    @Inject
    private LibraryService library;

    private List<LibraryViews.ResourceView> mine;

    private String kind = ResourceKind.ACCIDENT_CASE.name();
    private String title;
    private String summary;
    private String industry = Industry.CHEMICALS.name();
    private String source;
    private Integer year = Year.now().getValue();
    private Integer minutes;
    private transient Part file;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        mine = library.mine();
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("up:file", "error.upload.empty");
            return;
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("library-", ".upload");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            String id = library.upload(new ResourceDetails(ResourceKind.valueOf(kind), title, summary,
                    Industry.valueOf(industry), source, year == null ? 0 : year, minutes == null ? 0 : minutes),
                    temp, file.getSubmittedFileName(), file.getContentType());
            Messages.info("library.uploaded", title);
            title = null;
            summary = null;
            source = null;
            minutes = null;
            refresh();
            return;
        } catch (DomainException e) {
            Messages.error(e, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the service moved it into the store, or the temp dir cleans itself
                }
            }
        }
    }

    public void publish(String id) {
        act(() -> library.publish(id), "library.published", id);
    }

    public void retire(String id) {
        act(() -> library.retire(id), "library.retired", id);
    }

    private void act(Runnable action, String message, String id) {
        try {
            action.run();
            String resourceTitle = mine.stream().filter(r -> r.id().equals(id)).findFirst()
                    .map(LibraryViews.ResourceView::title).orElse("");
            Messages.info(message, resourceTitle);
        } catch (DomainException e) {
            Messages.error(e, null);
        }
        refresh();
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public Industry[] getIndustries() {
        return Industry.values();
    }

    public List<LibraryViews.ResourceView> getMine() {
        return mine;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
