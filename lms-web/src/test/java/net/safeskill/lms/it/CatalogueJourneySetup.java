package net.safeskill.lms.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import net.safeskill.lms.catalogue.application.CourseAuthoringService;
import net.safeskill.lms.catalogue.application.CourseReviewService;
import net.safeskill.lms.catalogue.application.LibraryService;
import net.safeskill.lms.catalogue.domain.model.course.CourseDetails;
import net.safeskill.lms.catalogue.domain.model.library.ResourceDetails;
import net.safeskill.lms.catalogue.domain.model.library.ResourceKind;
import net.safeskill.lms.it.support.AsInstitution;
import net.safeskill.lms.it.support.AsRegulator;
import net.safeskill.lms.it.support.AsWorker;
import net.safeskill.lms.it.support.CatalogueFixtures;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.application.EnrolmentService;

/**
 * Test-only endpoint of the journey's deployment (never in the shipped WAR): the demo institution creates two
 * courses on 动火作业 in two industries and a courseware resource, the regulator approves the courses, the resource is
 * published, the worker enrols in the first course (so may rate it) — all through the real services, so the browser
 * finds them as a worker would. Answers the rated course's public id.
 */
@WebServlet("/" + CatalogueJourneySetup.PATH)
public class CatalogueJourneySetup extends HttpServlet {

    static final String PATH = "it/catalogue-journey-setup";
    static final String RESOURCE_TITLE = "动火作业安全检查表课件";
    private static final long serialVersionUID = 1L;

    @Inject CourseAuthoringService authoring;
    @Inject CourseReviewService review;
    @Inject LibraryService library;
    @Inject AsInstitution asInstitution;
    @Inject AsRegulator asRegulator;
    @Inject AsWorker asWorker;
    @Inject EnrolmentService enrolment;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String rated = listed("化工装置检修动火作业安全管理", "动火作业分级、作业票和气体检测。", Industry.CHEMICALS);
            asWorker.call(() -> enrolment.enrol(rated));
            listed("冶金煤气区域动火作业安全", "煤气设施动火前的吹扫、置换与检测。", Industry.METAL_SMELTING);
            String id = asInstitution.call(() -> {
                String resource = library.upload(new ResourceDetails(ResourceKind.COURSEWARE, RESOURCE_TITLE,
                        "动火作业前的安全检查项目与确认要点。", Industry.CHEMICALS, "苏州安泰安全技能培训学校", 2025, 15),
                        pdf(RESOURCE_TITLE), "检查表.pdf", "application/pdf");
                library.publish(resource);
                return resource;
            });
            response.setContentType("text/plain");
            response.getWriter().print(rated);
        } catch (Exception e) {
            response.setStatus(500);
            response.setContentType("text/plain");
            response.getWriter().print(e);
        }
    }

    private static Path pdf(String title) throws IOException {
        return CatalogueFixtures.pdf(title, "动火作业前必须进行可燃气体检测，办理动火作业票，并设专人监护。");
    }

    private String listed(String title, String description, Industry industry) throws Exception {
        return CatalogueFixtures.listed(authoring, review, asInstitution, asRegulator, new CourseDetails(title,
                description, industry, TrainingType.ANNUAL_REFRESHER, EnumSet.of(PostCategory.SPECIAL_OPERATOR),
                new BigDecimal("2"), "李明"));
    }
}
