package net.safeskill.lms.bank.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import net.safeskill.lms.bank.domain.BlueprintRepository;
import net.safeskill.lms.bank.domain.model.blueprint.Blueprint;

@ApplicationScoped
public class JpaBlueprintRepository implements BlueprintRepository {

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Override
    public void store(Blueprint blueprint) {
        if (blueprint.id() == null) {
            em.persist(blueprint);
        }
    }

    @Override
    public Optional<Blueprint> find(long ownerId, String publicId) {
        return em.createQuery("select b from Blueprint b where b.ownerId = :o and b.publicId = :p", Blueprint.class)
                .setParameter("o", ownerId).setParameter("p", publicId).getResultStream().findFirst();
    }

    @Override
    public List<Blueprint> all(long ownerId) {
        return em.createQuery("select b from Blueprint b where b.ownerId = :o order by b.name, b.id", Blueprint.class)
                .setParameter("o", ownerId).getResultList();
    }
}
