package net.safeskill.lms.catalogue.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.catalogue.domain.LibraryRepository;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;

@ApplicationScoped
public class JpaLibraryRepository implements LibraryRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public Optional<LibraryResource> resource(String publicId) {
        return em.createQuery("select r from LibraryResource r where r.publicId = :p", LibraryResource.class)
                .setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public List<LibraryResource> resourcesOf(Long ownerInstitutionId) {
        String owner = ownerInstitutionId == null ? "r.ownerInstitutionId is null" : "r.ownerInstitutionId = :o";
        var query = em.createQuery("select r from LibraryResource r where " + owner + " order by r.updatedAt desc",
                LibraryResource.class);
        if (ownerInstitutionId != null) {
            query.setParameter("o", ownerInstitutionId);
        }
        return query.getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(r) from LibraryResource r", Long.class).getSingleResult();
    }

    @Override
    public void store(LibraryResource resource) {
        if (resource.id() == null) {
            em.persist(resource);
        }
    }
}
