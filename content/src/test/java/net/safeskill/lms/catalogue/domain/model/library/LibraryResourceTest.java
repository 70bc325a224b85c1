package net.safeskill.lms.catalogue.domain.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

class LibraryResourceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static ResourceDetails details(String title, int year, int minutes) {
        return new ResourceDetails(ResourceKind.ACCIDENT_CASE, title, "储罐区动火作业爆炸事故", Industry.CHEMICALS,
                "应急管理部", year, minutes);
    }

    private static LessonMedia pdf() {
        return new LessonMedia("0f0e0d0c-aaaa-bbbb-cccc-000000000001", "application/pdf", 1234, "案例.pdf", null, null);
    }

    private static LibraryResource resource() {
        return new LibraryResource(7L, details(" 动火作业爆炸事故案例 ", 2024, 30), pdf(), NOW, "institution");
    }

    @Test
    void aNewResourceIsAnOwnedDraftWithStrippedText() {
        LibraryResource r = resource();
        assertEquals(ResourceStatus.DRAFT, r.status());
        assertEquals("动火作业爆炸事故案例", r.title());
        assertTrue(r.isOwnedBy(7L));
        assertFalse(r.isOwnedBy(null));
        assertFalse(r.isOwnedBy(8L));
        assertNull(r.publishedAt());
    }

    @Test
    void aPlatformResourceHasNoInstitution() {
        LibraryResource r = new LibraryResource(null, details("尾矿库课件", 2021, 45), pdf(), NOW, "sysadmin");
        assertTrue(r.isOwnedBy(null));
        assertNull(r.ownerInstitutionId());
    }

    @Test
    void publishedThenRetiredAndNeverBack() {
        LibraryResource r = resource();
        assertThrows(DomainException.class, () -> r.retire(NOW), "a draft cannot be retired");
        r.publish(NOW);
        assertEquals(ResourceStatus.PUBLISHED, r.status());
        assertEquals(NOW, r.publishedAt());
        DomainException again = assertThrows(DomainException.class, () -> r.publish(NOW));
        assertEquals("library.status", again.code());
        assertThrows(DomainException.class, () -> r.describe(details("新标题", 2024, 30), NOW),
                "a published resource does not change");
        r.retire(NOW);
        assertEquals(ResourceStatus.RETIRED, r.status());
        assertThrows(DomainException.class, () -> r.publish(NOW));
    }

    @Test
    void onlyPdfAndMp4Files() {
        LessonMedia zip = new LessonMedia("0f0e0d0c-aaaa-bbbb-cccc-000000000002", "application/zip", 10, "x.zip",
                null, null);
        DomainException e = assertThrows(DomainException.class,
                () -> new LibraryResource(1L, details("课件", 2024, 30), zip, NOW, "x"));
        assertEquals("library.fileType", e.code());
        LessonMedia mp4 = new LessonMedia("0f0e0d0c-aaaa-bbbb-cccc-000000000003", "video/mp4", 10, "x.mp4", null, null);
        LibraryResource video = new LibraryResource(1L, details("视频", 2024, 12), mp4, NOW, "x");
        assertEquals(LessonKind.VIDEO, video.lessonKind());
        assertEquals(LessonKind.DOCUMENT, resource().lessonKind());
    }

    @Test
    void aLessonFromTheResourceSharesItsFileAndLength() {
        LibraryResource r = resource();
        LessonMedia media = r.lessonMedia();
        assertEquals(pdf().storageKey(), media.storageKey());
        assertEquals("application/pdf", media.mediaType());
        assertEquals(Duration.ofMinutes(30), r.studyLength());
    }

    @ParameterizedTest
    @ValueSource(ints = {1949, 2028, 0, -1})
    void theYearIsPlausible(int year) {
        DomainException e = assertThrows(DomainException.class,
                () -> new LibraryResource(1L, details("案例", year, 30), pdf(), NOW, "x"));
        assertEquals("library.year", e.code());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 481})
    void theStudyTimeIsBounded(int minutes) {
        DomainException e = assertThrows(DomainException.class,
                () -> new LibraryResource(1L, details("案例", 2024, minutes), pdf(), NOW, "x"));
        assertEquals("library.studyMinutes", e.code());
    }

    @Test
    void textsAreRequiredAndBounded() {
        assertEquals("library.title", assertThrows(DomainException.class,
                () -> LibraryResource.check(details("  ", 2024, 30), NOW)).code());
        assertEquals("library.title", assertThrows(DomainException.class,
                () -> LibraryResource.check(details("长".repeat(101), 2024, 30), NOW)).code());
        assertEquals("library.summary", assertThrows(DomainException.class, () -> LibraryResource.check(
                new ResourceDetails(ResourceKind.E_TEXTBOOK, "教材", "x".repeat(2001), Industry.GENERAL, "出版社", 2024,
                        30), NOW)).code());
        assertEquals("library.source", assertThrows(DomainException.class, () -> LibraryResource.check(
                new ResourceDetails(ResourceKind.E_TEXTBOOK, "教材", "简介", Industry.GENERAL, null, 2024, 30),
                NOW)).code());
        LibraryResource.check(details("长".repeat(100), 2027, 480), NOW);
    }
}
