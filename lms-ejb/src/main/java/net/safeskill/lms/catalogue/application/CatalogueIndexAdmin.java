package net.safeskill.lms.catalogue.application;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;
import net.safeskill.lms.catalogue.domain.model.library.ResourceStatus;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Roles;

/**
 * Rebuilds the catalogue index from the database (重建索引): first the popularity counts are recounted from
 * enrolments and ratings, then Hibernate Search's mass indexer reindexes every listed course and published resource
 * in the background while the page shows its progress. A few seconds after start the index is compared with the
 * database and rebuilt by itself when they disagree (a new or lost index directory).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueIndexAdmin {

    private static final Logger LOG = Logger.getLogger(CatalogueIndexAdmin.class.getName());
    private static final long CHECK_DELAY_MS = 5_000;

    /** Where a rebuild is. */
    public enum State { IDLE, RUNNING, DONE, FAILED }

    /**
     * A rebuild's progress and outcome.
     *
     * @param total     courses and resources the mass indexer goes through (every status)
     * @param processed of those, how many it has handled; only listed courses and published resources become
     *                  documents ({@link #indexedDocuments()} counts those)
     */
    public record Status(State state, long total, long loaded, long processed, Instant started, Instant finished,
                         String startedBy, String error) {
    }

    @Resource
    private TimerService timers;

    @PersistenceUnit(unitName = "lms")
    private EntityManagerFactory emf;

    @PersistenceContext(unitName = "lms")
    private EntityManager em;

    @Inject
    private CoursePopularityService popularity;

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    private volatile State state = State.IDLE;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private volatile Instant started;
    private volatile Instant finished;
    private volatile String startedBy;
    private volatile String error;

    @PostConstruct
    void scheduleCheck() {
        timers.createSingleActionTimer(CHECK_DELAY_MS, new TimerConfig("catalogue-index-check", false));
    }

    /**
     * After start: an empty index while the database has listed courses or published resources (a new or lost index
     * directory) is rebuilt; any other difference is only logged — it may be a transaction committing between the
     * two counts, and the admin page rebuilds on demand.
     */
    @Timeout
    void checkIndex() {
        try {
            long expected = expectedDocuments();
            long actual = indexedDocuments();
            if (actual == 0 && expected > 0) {
                LOG.info(() -> "Catalogue index is empty, the database has " + expected + " documents: rebuilding");
                start("system");
            } else if (actual != expected) {
                LOG.warning(() -> "Catalogue index holds " + actual + " documents, the database " + expected
                        + " (rebuild it from /admin/search.xhtml if this persists)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Catalogue index check failed", e);
        }
    }

    /** Starts a rebuild unless one is running; returns at once with the status. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Status rebuild() {
        String who = caller.current().username();
        if (start(who)) {
            audit.recordIndependently(who, AuditAction.SEARCH_INDEX_REBUILT, "SearchIndex", "catalogue", null);
        }
        return status();
    }

    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Lock(LockType.READ)
    public Status status() {
        return new Status(state, total.get(), loaded.get(), indexed.get(), started, finished, startedBy, error);
    }

    /** Documents the index holds now. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long indexedDocuments() {
        return Search.session(em).search(List.of(Course.class, LibraryResource.class))
                .where(f -> f.matchAll()).fetchTotalHitCount();
    }

    /** Documents the index should hold: listed courses and published resources. */
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long expectedDocuments() {
        return em.createQuery("select count(c) from Course c where c.status = :s", Long.class)
                .setParameter("s", CourseStatus.LISTED).getSingleResult()
                + em.createQuery("select count(r) from LibraryResource r where r.status = :s", Long.class)
                .setParameter("s", ResourceStatus.PUBLISHED).getSingleResult();
    }

    private boolean start(String who) {
        if (state == State.RUNNING) {
            return false;
        }
        state = State.RUNNING;
        total.set(0);
        loaded.set(0);
        indexed.set(0);
        started = Instant.now();
        finished = null;
        startedBy = who;
        error = null;
        try {
            int lineages = popularity.recountAll();
            LOG.info(() -> "Popularity recounted for " + lineages + " course lineages; mass indexing starts");
            Search.mapping(emf).scope(Object.class).massIndexer()
                    .purgeAllOnStart(true)
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(100)
                    .monitor(new Monitor())
                    .start()
                    .whenComplete((ignored, failure) -> {
                        finished = Instant.now();
                        if (failure == null) {
                            state = State.DONE;
                            LOG.info(() -> "Catalogue index rebuilt: " + indexed.get() + " entities processed");
                        } else {
                            error = String.valueOf(failure.getMessage());
                            state = State.FAILED;
                            LOG.log(Level.WARNING, "Catalogue index rebuild failed", failure);
                        }
                    });
            return true;
        } catch (RuntimeException e) {
            error = String.valueOf(e.getMessage());
            finished = Instant.now();
            state = State.FAILED;
            LOG.log(Level.WARNING, "Catalogue index rebuild could not start", e);
            return false;
        }
    }

    private final class Monitor implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long increment) {
            indexed.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted when added
        }

        @Override
        public void entitiesLoaded(long increment) {
            loaded.addAndGet(increment);
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
            // the completion stage reports the outcome
        }
    }
}
