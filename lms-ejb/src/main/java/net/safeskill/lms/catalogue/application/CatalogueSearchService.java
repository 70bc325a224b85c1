package net.safeskill.lms.catalogue.application;

import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;

import net.safeskill.lms.catalogue.infrastructure.search.CatalogueSearcher;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.account.Roles;

/**
 * The course supermarket's search (课程超市, B2): listed courses and published library resources in one Chinese
 * full-text search with facets, sorts and paging. Whatever the user typed is taken as plain words, so a query never
 * fails; the index holds only what the supermarket may show.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
        Roles.REGULATOR, Roles.SYSTEM_ADMIN})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogueSearchService {

    private static final CatalogueSearcher SEARCHER = new CatalogueSearcher();

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Inject
    private IdentityRepository identity;

    public CatalogueResult search(CatalogueQuery query) {
        Map<String, String> names = new HashMap<>();
        for (Organisation o : identity.organisations(OrganisationType.TRAINING_INSTITUTION)) {
            names.put(Long.toString(o.id()), o.name());
        }
        return SEARCHER.search(Search.session(em), query == null ? CatalogueQuery.of("") : query,
                CatalogueSearcher.Mode.WORDS, names::get);
    }
}
