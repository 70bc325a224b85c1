package net.safeskill.lms.catalogue.infrastructure.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseDetails;
import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;
import net.safeskill.lms.catalogue.domain.model.scorm.ScormPackage;
import net.safeskill.lms.catalogue.domain.model.scorm.ScormPackageReader;
import net.safeskill.lms.catalogue.domain.model.upload.InspectedUpload;
import net.safeskill.lms.catalogue.domain.model.upload.UploadInspector;
import net.safeskill.lms.catalogue.domain.model.upload.UploadKind;
import net.safeskill.lms.catalogue.domain.model.upload.UploadLimits;
import net.safeskill.lms.catalogue.infrastructure.samples.SamplePdf;
import net.safeskill.lms.catalogue.infrastructure.samples.SampleScormPackages;
import net.safeskill.lms.catalogue.infrastructure.storage.MediaStore;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.shared.infrastructure.DatabaseMigrator;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.enrolment.Enrolment;

/**
 * Demo courses of the demo training institution, with real lessons that go through the same inspection as uploads:
 * a short video, a PDF, a SCORM 1.2 and a SCORM 2004 package; three listed, one waiting for review, one draft. The
 * demo worker 张伟 has one self-chosen and one assigned course. Loaded only with the other demo data, only once.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class DemoCourseLoader {

    private static final Logger LOG = Logger.getLogger(DemoCourseLoader.class.getName());
    /** The first demo course (tests find it by this title). */
    public static final String HOT_WORK = "危险化学品企业动火作业安全";
    private static final UploadInspector INSPECTOR = new UploadInspector(UploadLimits.defaults());

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private IdentityRepository identity;

    @Inject
    private CourseRepository courses;

    @Inject
    private StudyRepository study;

    @Inject
    private MediaStore store;

    @PostConstruct
    void load() {
        if (!migrator.isDemoDataWanted()) {
            return;
        }
        Organisation institution = identity.organisations(OrganisationType.TRAINING_INSTITUTION).stream().findFirst()
                .orElse(null);
        if (institution == null || courses.coursesOf(institution.id()).stream()
                .anyMatch(c -> HOT_WORK.equals(c.title()))) {
            return;
        }
        Instant now = Instant.now();
        Course hotWork = course(institution, HOT_WORK, """
                面向化工和危险化学品企业的动火作业安全培训：动火作业分级、作业票证办理、可燃气体检测、\
                隔离与置换、监护人职责，以及典型动火作业事故案例分析。""", Industry.CHEMICALS,
                TrainingType.ANNUAL_REFRESHER, EnumSet.of(PostCategory.SPECIAL_OPERATOR, PostCategory.TEAM_LEADER),
                "4", "王强、李工", now);
        video(hotWork, "动火作业前的准备与气体检测", now);
        pdf(hotWork, "动火作业安全管理规定（摘要）", List.of("一、动火作业分为特殊动火、一级动火和二级动火。",
                "二、动火作业前必须办理动火安全作业票。", "三、动火前应进行可燃气体分析，合格后方可动火。",
                "四、动火作业应有专人监护，作业结束后清理现场。"), 10, now);
        scorm(hotWork, "动火作业票证办理（SCORM 1.2 互动课件）", SampleScormPackages.scorm12("动火作业票证办理"), 15, now);
        list(hotWork, now);

        Course dust = course(institution, "粉尘防爆安全管理", """
                粉尘涉爆企业的安全管理要点：粉尘爆炸的条件、除尘系统的设计与维护、防火防爆措施、\
                清扫制度，以及铝镁粉尘爆炸事故警示教育。""", Industry.COMBUSTIBLE_DUST, TrainingType.ANNUAL_REFRESHER,
                EnumSet.of(PostCategory.SAFETY_MANAGER, PostCategory.TEAM_LEADER, PostCategory.OTHER), "3", "赵老师", now);
        scorm(dust, "粉尘爆炸的条件与预防（SCORM 2004 互动课件）", SampleScormPackages.scorm2004("粉尘爆炸的条件与预防"), 20, now);
        video(dust, "除尘系统的日常检查", now);
        list(dust, now);

        Course confined = course(institution, "受限空间作业安全", """
                受限空间作业的辨识、审批、通风与检测、个体防护和应急救援，防止盲目施救造成伤亡扩大。""",
                Industry.GENERAL, TrainingType.PRE_JOB, EnumSet.allOf(PostCategory.class), "2", "孙老师", now);
        pdf(confined, "受限空间作业“先通风、再检测、后作业”", List.of("一、作业前进行危害辨识，办理作业审批。",
                "二、先通风、再检测、后作业，检测不合格严禁作业。", "三、设置监护人，严禁盲目施救。"), 15, now);
        list(confined, now);

        Course ammonia = course(institution, "涉氨制冷企业液氨使用安全", """
                液氨的危险特性、制冷系统的安全操作、泄漏应急处置和个体防护。""", Industry.AMMONIA_REFRIGERATION,
                TrainingType.SPECIAL_OPERATION_INITIAL, EnumSet.of(PostCategory.SPECIAL_OPERATOR), "6", "周老师", now);
        pdf(ammonia, "液氨泄漏应急处置卡", List.of("一、发现泄漏立即报警并疏散下风向人员。",
                "二、佩戴正压式空气呼吸器和防化服进行处置。"), 10, now);
        ammonia.submitForReview(now);

        course(institution, "金属冶炼煤气安全（编写中）", "冶金企业煤气区域作业安全，课件编写中。",
                Industry.METAL_SMELTING, TrainingType.ANNUAL_REFRESHER, EnumSet.of(PostCategory.SPECIAL_OPERATOR),
                "2", "王强", now);

        identity.accountByUsername("worker").ifPresent(worker -> enrolWorker(worker, hotWork, dust, now));
        LOG.info("Demo courses loaded: 5 courses of " + institution.name());
    }

    private void enrolWorker(Account worker, Course chosen, Course assigned, Instant now) {
        long person = worker.person().id();
        study.store(Enrolment.selfChosen(person, chosen.id(), now, worker.username()));
        identity.employmentsOf(worker.person()).stream().findFirst().ifPresent(job -> study.store(
                Enrolment.assigned(person, assigned.id(), job.organisation().id(), PlatformClock.today().plusDays(30),
                        PlatformClock.today(), now, "enterprise")));
    }

    private Course course(Organisation institution, String title, String description, Industry industry,
                          TrainingType type, Set<PostCategory> posts, String hours, String teachers, Instant now) {
        Course c = new Course(institution.id(), new CourseDetails(title, description.strip(), industry, type, posts,
                new BigDecimal(hours), teachers), now, "institution");
        courses.store(c);
        return c;
    }

    private void list(Course c, Instant now) {
        c.submitForReview(now);
        c.approve("regulator", null, now);
    }

    private void video(Course c, String title, Instant now) {
        Path file = temp();
        try (InputStream in = DemoCourseLoader.class.getResourceAsStream("/demo/media/safety-demo.mp4")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        InspectedUpload inspected = INSPECTOR.inspect(UploadKind.VIDEO, "safety-demo.mp4", "video/mp4", file);
        LessonMedia media = new LessonMedia(store.keep(file), inspected.mediaType(), inspected.sizeBytes(),
                "safety-demo.mp4", null, null);
        c.addLesson(title, LessonKind.VIDEO, Duration.ofMillis(inspected.durationMillis().orElse(60_000)), media, now);
    }

    private void pdf(Course c, String title, List<String> lines, int minutes, Instant now) {
        Path file = write(SamplePdf.page(title, String.join("\n", lines)));
        InspectedUpload inspected = INSPECTOR.inspect(UploadKind.DOCUMENT, "document.pdf", "application/pdf", file);
        LessonMedia media = new LessonMedia(store.keep(file), inspected.mediaType(), inspected.sizeBytes(),
                title + ".pdf", null, null);
        c.addLesson(title, LessonKind.DOCUMENT, Duration.ofMinutes(minutes), media, now);
    }

    private void scorm(Course c, String title, byte[] zip, int minutes, Instant now) {
        Path file = write(zip);
        InspectedUpload inspected = INSPECTOR.inspect(UploadKind.SCORM_PACKAGE, "package.zip", "application/zip", file);
        String key = store.newKey();
        ScormPackage pkg = new ScormPackageReader().extract(file, store.folder(key));
        LessonMedia media = new LessonMedia(key, inspected.mediaType(), inspected.sizeBytes(), "package.zip",
                pkg.manifest().version().name(), pkg.manifest().defaultLaunch().launchHref());
        c.addLesson(title, LessonKind.SCORM, Duration.ofMinutes(minutes), media, now);
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file
        }
    }

    private static Path write(byte[] bytes) {
        Path file = temp();
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static Path temp() {
        try {
            return Files.createTempFile("lms-demo-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
