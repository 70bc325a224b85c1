package net.safeskill.lms.catalogue.infrastructure.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;
import net.safeskill.lms.catalogue.domain.model.rating.CoursePopularity;

/** What the catalogue index holds of one course or one library resource. */
public record CatalogueDocument(String kind, String publicId, String title, String description, String people,
                                String industry, List<String> posts, String type, String institution,
                                Instant published, long learners, double rating, long ratingCount, double hours,
                                String mediaType) {

    public static final String COURSE = "COURSE";

    public CatalogueDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publicId, "publicId");
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /** A listed course with its lineage's popularity ({@code null}: nobody enrolled or rated yet). */
    public static CatalogueDocument of(Course c, CoursePopularity popularity) {
        return new CatalogueDocument(COURSE, c.publicId(), c.title(), c.description(), c.teachers(),
                c.industry().name(), c.targetPosts().stream().map(Enum::name).toList(), c.trainingType().name(),
                Long.toString(c.institutionId()), c.listedAt() == null ? c.updatedAt() : c.listedAt(),
                popularity == null ? 0 : popularity.learners(), popularity == null ? 0 : popularity.averageRating(),
                popularity == null ? 0 : popularity.ratingCount(), c.creditHours().doubleValue(), null);
    }

    /** A published library resource. */
    public static CatalogueDocument of(LibraryResource r) {
        return new CatalogueDocument(r.kind().name(), r.publicId(), r.title(), r.summary(), r.source(),
                r.industry().name(), List.of(), null,
                r.ownerInstitutionId() == null ? CatalogueFields.PLATFORM : Long.toString(r.ownerInstitutionId()),
                r.publishedAt() == null ? r.updatedAt() : r.publishedAt(), 0, 0, 0,
                Math.round(r.studyMinutes() / 6.0) / 10.0, r.mediaType());
    }
}
