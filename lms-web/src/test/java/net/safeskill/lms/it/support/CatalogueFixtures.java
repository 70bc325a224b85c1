package net.safeskill.lms.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.safeskill.lms.catalogue.application.CourseAuthoringService;
import net.safeskill.lms.catalogue.application.CourseReviewService;
import net.safeskill.lms.catalogue.domain.model.course.CourseDetails;
import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.catalogue.infrastructure.samples.SamplePdf;

/** Catalogue data for in-container tests, made through the real services as the demo users. */
public final class CatalogueFixtures {

    private CatalogueFixtures() {
    }

    /** A real one-page PDF in a temporary file. */
    public static Path pdf(String title, String body) throws IOException {
        Path file = Files.createTempFile("it-", ".pdf");
        Files.write(file, SamplePdf.page(title, body));
        return file;
    }

    /**
     * The demo institution creates a course with one 30-minute PDF lesson and submits it; the regulator approves it.
     *
     * @return the listed course's public id
     */
    public static String listed(CourseAuthoringService authoring, CourseReviewService review,
                                AsInstitution asInstitution, AsRegulator asRegulator, CourseDetails details)
            throws Exception {
        String id = asInstitution.call(() -> {
            String course = authoring.create(details);
            authoring.addLesson(course, "第一讲", LessonKind.DOCUMENT, 30, pdf(details.title(), details.description()),
                    "lesson.pdf", "application/pdf");
            authoring.submit(course);
            return course;
        });
        asRegulator.call(() -> {
            review.approve(id, null);
            return null;
        });
        return id;
    }
}
