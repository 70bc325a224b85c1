package net.safeskill.lms.catalogue.infrastructure.search;

import java.util.List;
import java.util.function.Predicate;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;
import net.safeskill.lms.catalogue.domain.model.library.ResourceStatus;
import net.safeskill.lms.catalogue.domain.model.rating.CoursePopularity;

/**
 * Maps the catalogue to Hibernate Search in code, so that the content module's domain carries no search
 * annotations. Only what the supermarket may show is indexed: listed courses (one per lineage: approving a new
 * version supersedes the old one, which leaves the index) and published library resources; a course that is
 * withdrawn or superseded, or a resource that is retired, is removed from the index in the same transaction.
 */
public class CatalogueSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        TypeMappingStep courses = mapping.type(Course.class);
        courses.indexed().index(CatalogueFields.COURSE_INDEX)
                .routingBinder(new OnlyWhen<>(Course.class, c -> c.status() == CourseStatus.LISTED));
        courses.binder(new CatalogueDocumentBinder<>(Course.class,
                        (course, session) -> CatalogueDocument.of(course,
                                session.find(CoursePopularity.class, course.lineageId())),
                        List.of("title", "description", "teachers", "industry", "trainingType", "targetPosts",
                                "creditHours", "listedAt", "updatedAt")));
        TypeMappingStep resources = mapping.type(LibraryResource.class);
        resources.indexed().index(CatalogueFields.RESOURCE_INDEX)
                .routingBinder(new OnlyWhen<>(LibraryResource.class, r -> r.status() == ResourceStatus.PUBLISHED));
        resources.binder(new CatalogueDocumentBinder<>(LibraryResource.class,
                        (resource, session) -> CatalogueDocument.of(resource),
                        List.of("kind", "title", "summary", "industry", "source", "studyMinutes", "publishedAt",
                                "updatedAt")));
    }

    /** Indexes an entity only while it satisfies a condition on its status; otherwise removes its document. */
    static final class OnlyWhen<E> implements RoutingBinder {
        private final Class<E> type;
        private final Predicate<E> shown;

        OnlyWhen(Class<E> type, Predicate<E> shown) {
            this.type = type;
            this.shown = shown;
        }

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("status");
            context.bridge(type, new RoutingBridge<E>() {
                @Override
                public void route(DocumentRoutes routes, Object id, E entity, RoutingBridgeRouteContext ctx) {
                    if (shown.test(entity)) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, E entity,
                                           RoutingBridgeRouteContext ctx) {
                    // it may have been indexed before its status changed: always allow the delete
                    routes.addRoute();
                }
            });
        }
    }
}
