package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.safeskill.lms.catalogue.application.CatalogueIndexAdmin;
import net.safeskill.lms.catalogue.application.CatalogueQuery;
import net.safeskill.lms.catalogue.application.CatalogueResult;
import net.safeskill.lms.catalogue.application.CatalogueSearchService;
import net.safeskill.lms.catalogue.application.CourseAuthoringService;
import net.safeskill.lms.catalogue.application.CourseRatingService;
import net.safeskill.lms.catalogue.application.CourseReviewService;
import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.catalogue.application.LibraryService;
import net.safeskill.lms.catalogue.domain.model.course.CourseDetails;
import net.safeskill.lms.catalogue.domain.model.library.ResourceDetails;
import net.safeskill.lms.catalogue.domain.model.library.ResourceKind;
import net.safeskill.lms.catalogue.infrastructure.samples.SamplePdf;
import net.safeskill.lms.it.support.AsInstitution;
import net.safeskill.lms.it.support.AsRegulator;
import net.safeskill.lms.it.support.AsSysadmin;
import net.safeskill.lms.it.support.AsWorker;
import net.safeskill.lms.it.support.CatalogueFixtures;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.FacesClient;
import net.safeskill.lms.it.support.OnConfiguredDatabase;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.application.EnrolmentService;

/**
 * The course supermarket's search through the real services, roles, transactions and Lucene index (B2, B4):
 * courses listed by review are found with Chinese queries (words, parts of words, the official abbreviation), with
 * highlighted titles, facet counts and sorts by learners and rating; a withdrawn course and a superseded version
 * leave the index; any text is a safe query; library uploads are inspected, drafts stay private, published resources
 * are found and streamed with byte ranges and reused as lessons; the mass indexer rebuilds the index.
 *
 * <p>Every test marks its own data with a random three-character word, so counts do not depend on the demo data or
 * on the other tests.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class CatalogueSearchIT {

    private static final String DEMO_PASSWORD = "Safe@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.platformWithTests(CatalogueSearchIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject CatalogueSearchService search;
    @Inject CatalogueIndexAdmin indexAdmin;
    @Inject CourseAuthoringService authoring;
    @Inject CourseReviewService review;
    @Inject EnrolmentService enrolment;
    @Inject CourseRatingService ratings;
    @Inject LibraryService library;
    @Inject AsInstitution asInstitution;
    @Inject AsRegulator asRegulator;
    @Inject AsWorker asWorker;
    @Inject AsSysadmin asSysadmin;

    /** Three random CJK characters: a word no other test or demo text contains. */
    private static String marker() {
        StringBuilder s = new StringBuilder();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 3; i++) {
            s.appendCodePoint(0x4E00 + r.nextInt(0x9FA5 - 0x4E00));
        }
        return s.toString();
    }

    private static Path pdf(String title) throws Exception {
        return CatalogueFixtures.pdf(title, "测试文档");
    }

    private String listed(String title, String description, Industry industry, TrainingType type,
                          Set<PostCategory> posts) throws Exception {
        return CatalogueFixtures.listed(authoring, review, asInstitution, asRegulator,
                new CourseDetails(title, description, industry, type, posts, new BigDecimal("4"), "王建国"));
    }

    private CatalogueResult find(String text) throws Exception {
        return asWorker.call(() -> search.search(CatalogueQuery.of(text)));
    }

    private CatalogueResult find(CatalogueQuery query) throws Exception {
        return asWorker.call(() -> search.search(query));
    }

    private static Map<String, Long> counts(CatalogueResult r, String facet) {
        return r.facet(facet).stream().collect(Collectors.toMap(CatalogueResult.Facet::value,
                CatalogueResult.Facet::count));
    }

    private static List<String> ids(CatalogueResult r) {
        return r.hits().stream().map(CatalogueResult.Hit::publicId).toList();
    }

    @Test
    void listedCoursesAreFoundInChineseWithHighlightsFacetsAndSorts() throws Exception {
        String m = marker();
        String hotWork = listed(m + "危险化学品动火作业安全", "动火作业票、气体检测与现场监护。", Industry.CHEMICALS,
                TrainingType.ANNUAL_REFRESHER, EnumSet.of(PostCategory.SPECIAL_OPERATOR, PostCategory.OTHER));
        String dust = listed(m + "粉尘防爆与除尘系统管理", "铝镁粉尘的清扫制度和点火源管控。", Industry.COMBUSTIBLE_DUST,
                TrainingType.PRE_JOB, EnumSet.of(PostCategory.SAFETY_MANAGER));
        String permit = listed(m + "动火作业票办理实务", "危化品仓库周边的动火审批流程。", Industry.CHEMICALS,
                TrainingType.SPECIAL_OPERATION_INITIAL, EnumSet.of(PostCategory.SPECIAL_OPERATOR));

        CatalogueResult hot = find(m + " 动火作业");
        assertEquals(2, hot.total());
        assertEquals(Set.of(hotWork, permit), Set.copyOf(ids(hot)));
        for (CatalogueResult.Hit hit : hot.hits()) {
            // the marker word and 动火作业 are both query words and adjacent: one marked run
            assertTrue(hit.titleHtml().startsWith("<mark>" + m) && hit.titleHtml().contains("动火作业</mark>"),
                    hit.titleHtml());
            assertEquals(CatalogueResult.COURSE, hit.kind());
            assertEquals("苏州安泰安全技能培训学校", hit.institutionName());
        }
        assertEquals(Map.of("CHEMICALS", 2L), counts(hot, "industry"));
        assertEquals(Map.of("SPECIAL_OPERATOR", 2L, "OTHER", 1L), counts(hot, "post"));
        assertEquals(Map.of("ANNUAL_REFRESHER", 1L, "SPECIAL_OPERATION_INITIAL", 1L), counts(hot, "type"));
        assertEquals(Map.of("COURSE", 2L), counts(hot, "kind"));

        // a part of a word, the abbreviation and the full term, words anywhere in the text
        assertEquals(List.of(hotWork), ids(find(m + " 化学")), "化学 inside 危险化学品");
        assertEquals(List.of(permit), ids(find(m + " 危化")), "危化 inside 危化品仓库 only");
        assertEquals(Set.of(hotWork, permit), Set.copyOf(ids(find(m + " 危化品"))), "危化品 = 危险化学品");
        assertEquals(List.of(dust), ids(find(m + "，粉尘 防爆！")));
        assertEquals(0, find(m + " 尾矿库").total());

        // a facet narrows, the counts follow
        CatalogueResult narrowed = find(new CatalogueQuery(m, "CHEMICALS", null, null, null, null,
                CatalogueQuery.Sort.NEWEST, 1, 10));
        assertEquals(2, narrowed.total());
        assertEquals(Map.of("SPECIAL_OPERATOR", 2L, "OTHER", 1L), counts(narrowed, "post"));
        assertEquals(1, find(new CatalogueQuery(m, null, "SAFETY_MANAGER", null, null, null, null, 1, 10)).total());

        // most studied and best rated: the worker enrols in and rates the permit course
        DomainException notEnrolled = assertThrows(DomainException.class,
                () -> asWorker.call(() -> ratings.rate(permit, 5, "很实用")));
        assertEquals("rating.notEnrolled", notEnrolled.code());
        asWorker.call(() -> enrolment.enrol(permit));
        CatalogueResult popular = find(new CatalogueQuery(m + " 动火作业", null, null, null, null, null,
                CatalogueQuery.Sort.POPULAR, 1, 10));
        assertEquals(List.of(permit, hotWork), ids(popular));
        assertEquals(1, popular.hits().get(0).learners());
        asWorker.call(() -> ratings.rate(permit, 4, "<b>很实用</b>"));
        CatalogueResult rated = find(new CatalogueQuery(m + " 动火作业", null, null, null, null, null,
                CatalogueQuery.Sort.RATING, 1, 10));
        assertEquals(permit, rated.hits().get(0).publicId());
        assertEquals(4.0, rated.hits().get(0).rating());
        assertEquals(1, rated.hits().get(0).ratingCount());
        var summary = asWorker.call(() -> ratings.summary(permit));
        assertTrue(summary.canRate());
        assertEquals(4, summary.myStars());
        assertEquals("<b>很实用</b>", summary.reviews().get(0).comment(), "stored as typed, escaped when shown");

        // a new version replaces the old one in the index; a withdrawn course leaves it
        String permit2 = asInstitution.call(() -> {
            String next = authoring.newVersion(permit);
            authoring.submit(next);
            return next;
        });
        assertEquals(Set.of(hotWork, permit), Set.copyOf(ids(find(m + " 动火作业"))), "in review: old version stays");
        asRegulator.call(() -> {
            review.approve(permit2, null);
            review.withdraw(hotWork, "内容过时");
            return null;
        });
        CatalogueResult after = find(m + " 动火作业");
        assertEquals(List.of(permit2), ids(after));
        assertEquals(1, after.hits().get(0).learners(), "learners belong to the course, not to one version");
        assertEquals(4.0, after.hits().get(0).rating());
    }

    @Test
    void anyTextIsASafeQueryAndUserTextIsEscaped() throws Exception {
        String m = marker();
        String odd = listed(m + "<script>alert(1)</script>受限空间作业", "有限空间 & \"通风\" 检测",
                Industry.GENERAL, TrainingType.GENERAL, EnumSet.of(PostCategory.OTHER));
        List<String> hostile = List.of("\"动火", "*", "AND OR", "动".repeat(2000), "🔥💥🧯", "' OR 1=1; DROP TABLE course; --",
                "title:动火~2^3", "(((", "\\", "", "   ", "NOT", "+-&&||!(){}[]^\"~*?:\\/", "%_%", "\u0000\u202e");
        for (String q : hostile) {
            CatalogueResult r = find(q);
            assertTrue(r.total() >= 0, q);
        }
        assertNotNull(asWorker.call(() -> search.search(null)));
        CatalogueResult r = find(m + " 受限空间");
        assertEquals(List.of(odd), ids(r));
        String html = r.hits().get(0).titleHtml();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;<mark>受限空间</mark>"), html);
        assertTrue(r.hits().get(0).snippetHtml().contains("<mark>有限空间</mark> &amp; &quot;通风&quot;"),
                r.hits().get(0).snippetHtml());
        assertEquals(List.of(odd), ids(find(m + " script")), "Latin words are words too");
        // out-of-range parameters are clamped, not errors
        CatalogueResult deep = find(new CatalogueQuery(m, "NO SUCH", "x'y", null, "1 OR 1", "<k>",
                CatalogueQuery.Sort.parse("DROP"), 999_999, 0));
        assertEquals(1, deep.total());
        assertTrue(deep.hits().isEmpty(), "page beyond the end is empty");
    }

    @Test
    void libraryUploadsAreInspectedPublishedFoundStreamedAndReused() throws Exception {
        String m = marker();
        Path fake = Files.createTempFile("fake", ".pdf");
        Files.writeString(fake, "<html><body>不是 PDF</body></html>", StandardCharsets.UTF_8);
        ResourceDetails details = new ResourceDetails(ResourceKind.ACCIDENT_CASE, m + "液氨泄漏应急演练事故案例",
                "某冷库液氨管道阀门泄漏，应急处置不当造成人员中毒。", Industry.AMMONIA_REFRIGERATION, "应急管理局", 2024, 20);
        int before = asInstitution.call(() -> library.mine().size());
        DomainException refused = assertThrows(DomainException.class,
                () -> asInstitution.call(() -> library.upload(details, fake, "case.pdf", "application/pdf")));
        assertEquals("upload.notPdf", refused.code());
        Path exe = Files.createTempFile("fake", ".exe");
        Files.write(exe, new byte[] {'M', 'Z', 0, 0});
        assertEquals("upload.extension", assertThrows(DomainException.class,
                () -> asInstitution.call(() -> library.upload(details, exe, "case.exe", null))).code());
        assertEquals(before, asInstitution.call(() -> library.mine().size()), "nothing kept");

        byte[] bytes = SamplePdf.page(details.title(), details.summary());
        Path real = Files.createTempFile("real", ".pdf");
        Files.write(real, bytes);
        String id = asInstitution.call(() -> library.upload(details, real, "液氨案例.pdf", "application/pdf"));
        assertEquals(0, find(m + " 液氨").total(), "a draft is not in the supermarket");
        assertEquals("library.notFound", assertThrows(DomainException.class,
                () -> asWorker.call(() -> library.resource(id))).code(), "another's draft is not found");

        asInstitution.call(() -> {
            library.publish(id);
            return null;
        });
        CatalogueResult found = find(m + " 液氨 泄漏");
        assertEquals(List.of(id), ids(found));
        CatalogueResult.Hit hit = found.hits().get(0);
        assertEquals(CatalogueResult.RESOURCE, hit.kind());
        assertEquals("ACCIDENT_CASE", hit.resourceKind());
        assertEquals("<mark>" + m + "液氨泄漏</mark>应急演练事故案例", hit.titleHtml());
        assertEquals(Map.of("ACCIDENT_CASE", 1L), counts(found, "kind"));
        assertEquals("application/pdf", asWorker.call(() -> library.resource(id)).mediaType());

        // streamed to a signed-in worker, with byte ranges
        FacesClient web = new FacesClient(base.toURI());
        web.login("worker", DEMO_PASSWORD);
        HttpResponse<String> whole = web.send(HttpRequest.newBuilder(web.resolve("media/library/" + id)));
        assertEquals(200, whole.statusCode());
        assertEquals("application/pdf", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", whole.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(Long.toString(bytes.length), whole.headers().firstValue("Content-Length").orElse(""));
        HttpResponse<String> part = web.send(HttpRequest.newBuilder(web.resolve("media/library/" + id))
                .header("Range", "bytes=0-7"));
        assertEquals(206, part.statusCode());
        assertEquals("bytes 0-7/" + bytes.length, part.headers().firstValue("Content-Range").orElse(""));
        assertEquals("%PDF-1.4", part.body());
        HttpResponse<String> tail = web.send(HttpRequest.newBuilder(web.resolve("media/library/" + id))
                .header("Range", "bytes=-6"));
        assertEquals(206, tail.statusCode());
        assertEquals("%%EOF\n", tail.body());
        HttpResponse<String> beyond = web.send(HttpRequest.newBuilder(web.resolve("media/library/" + id))
                .header("Range", "bytes=" + bytes.length + "-"));
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + bytes.length, beyond.headers().firstValue("Content-Range").orElse(""));
        assertEquals(404, web.get("media/library/no-such-id").statusCode());

        // reused as a lesson of the institution's draft course: same file, length from the resource
        String course = asInstitution.call(() -> authoring.create(new CourseDetails(m + "涉氨制冷安全", "液氨安全",
                Industry.AMMONIA_REFRIGERATION, TrainingType.GENERAL, EnumSet.of(PostCategory.OTHER),
                new BigDecimal("1"), "李明")));
        asInstitution.call(() -> authoring.addLibraryLesson(course, id));
        CourseViews.LessonView lesson = asInstitution.call(() -> authoring.course(course)).lessons().get(0);
        assertEquals(details.title(), lesson.title());
        assertEquals("DOCUMENT", lesson.kind());
        assertEquals(20 * 60, lesson.lengthSeconds());

        // retired: out of the supermarket
        asInstitution.call(() -> {
            library.retire(id);
            return null;
        });
        assertEquals(0, find(m + " 液氨").total());
        assertEquals(404, web.get("media/library/" + id).statusCode());
    }

    @Test
    void theMassIndexerRebuildsTheIndex() throws Exception {
        String m = marker();
        String id = listed(m + "尾矿库安全管理", "尾矿库坝体监测与排洪设施。", Industry.NON_COAL_MINES,
                TrainingType.PRINCIPAL_AND_SAFETY_MANAGER, EnumSet.of(PostCategory.PRINCIPAL));
        CatalogueIndexAdmin.Status started = asSysadmin.call(() -> indexAdmin.rebuild());
        assertNotNull(started.started());
        CatalogueIndexAdmin.Status status = started;
        for (int i = 0; i < 120 && status.state() == CatalogueIndexAdmin.State.RUNNING; i++) {
            Thread.sleep(500);
            status = asSysadmin.call(() -> indexAdmin.status());
        }
        assertEquals(CatalogueIndexAdmin.State.DONE, status.state(), String.valueOf(status.error()));
        long expected = asSysadmin.call(() -> indexAdmin.expectedDocuments());
        // the mass indexer goes through every course and resource; only listed / published ones become documents
        assertEquals(status.total(), status.processed());
        assertTrue(status.total() > expected, status.total() + " entities for " + expected + " documents");
        assertEquals(expected, (long) asSysadmin.call(() -> indexAdmin.indexedDocuments()));
        assertEquals(List.of(id), ids(find(m + " 尾矿库")));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> asWorker.call(() -> indexAdmin.rebuild()));
    }
}
