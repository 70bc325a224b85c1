package net.safeskill.lms.study.infrastructure.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import net.safeskill.lms.catalogue.domain.model.course.Lesson;
import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;
import net.safeskill.lms.catalogue.infrastructure.storage.MediaStore;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.shared.infrastructure.DatabaseMigrator;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.TrainingRepository;
import net.safeskill.lms.study.domain.model.enrolment.Enrolment;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;
import net.safeskill.lms.study.domain.model.profile.StudyProfile;
import net.safeskill.lms.study.domain.model.requirement.OnlineCreditRule;
import net.safeskill.lms.study.domain.model.requirement.RequirementTerms;
import net.safeskill.lms.study.domain.model.requirement.Situation;
import net.safeskill.lms.study.domain.model.requirement.TrainingObligation;
import net.safeskill.lms.study.domain.model.requirement.TrainingRequirement;
import net.safeskill.lms.study.domain.model.session.StudyRules;
import net.safeskill.lms.study.domain.model.trainingclass.Attendance;
import net.safeskill.lms.study.domain.model.trainingclass.ClassSession;
import net.safeskill.lms.study.domain.model.trainingclass.TrainingClass;

/**
 * Demo data for training classes, requirements and progress, loaded after the identity demo data when
 * {@code lms.demo} is on and no training class or requirement exists yet:
 * <ul>
 * <li>study profiles and training requirements of Suzhou and Yiyang. Hours come from the plans (岗前 72 学时, 苏州
 * 二（一）3) and from the national 《生产经营单位安全培训规定》 (48 / 16 / 20 学时); the online weights and caps,
 * daily caps and the hours the plans leave open are <b>example settings</b> chosen to show how the regions differ
 * (Suzhou: 知识更新再培训以线上为主, so its annual refresher may be met fully online; Yiyang: 防止过度虚拟化, lower
 * caps), and their basis says so;</li>
 * <li>a demo online course of 苏州安泰 with three document lessons;</li>
 * <li>a demo training class with confirmed attendance (its ledger rows come from the real attendance rule) and an
 * upcoming one;</li>
 * <li>online hours of demo workers, written with {@link CreditedPeriod#demoOnline} (source DEMO — no study session
 * earned them), obligations and assigned courses of the demo enterprises.</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class TrainingDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(TrainingDemoDataLoader.class.getName());
    private static final String BY = "demo";
    private static final String EXAMPLE = "（线上比例为示例配置）";

    /** The demo online course (tests find it by this title). */
    public static final String DEMO_COURSE_TITLE = "危险化学品企业从业人员年度安全再培训（演示课程）";

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private IdentityRepository identity;

    @Inject
    private StudyRepository study;

    @Inject
    private TrainingRepository training;

    @Inject
    private CourseRepository courses;

    @Inject
    private MediaStore media;

    private Instant now;
    private LocalDate today;

    @PostConstruct
    void load() {
        if (!migrator.isDemoDataWanted()) {
            return;
        }
        if (training.countClasses() > 0 || !study.requirements("SUZHOU").isEmpty()
                || !study.requirements("YIYANG").isEmpty() || identity.accountByUsername("worker").isEmpty()) {
            LOG.info("Training demo data not loaded (already there, or no demo accounts).");
            return;
        }
        now = Instant.now();
        today = PlatformClock.today();
        profiles();
        List<TrainingRequirement> suzhou = suzhouRequirements();
        List<TrainingRequirement> yiyang = yiyangRequirements();
        Organisation institution = identity.organisationByName("苏州安泰安全技能培训学校").orElseThrow();
        Organisation hs = identity.organisationByName("苏州华盛化工有限公司").orElseThrow();
        Organisation hd = identity.organisationByName("益阳宏达矿业有限公司").orElseThrow();
        Person worker = person("worker");
        Person zhoujie = person("zhoujie");
        Person wufang = person("wufang");
        Person sunlei = person("sunlei");
        Person zhenghao = person("zhenghao");

        Course course = demoCourse(institution);
        classes(institution, hs, worker, zhoujie, wufang, sunlei);
        online(course, worker, 1, 2, 3, 5, 8, 9);
        online(course, zhoujie, 4, 6);
        online(course, sunlei, 2, 3, 7, 10, 11, 12);
        online(course, zhenghao, 1, 4, 6, 9);

        obligation(worker, hs, find(suzhou, "SZ-ANNUAL"), 30, 60);
        obligation(zhoujie, hs, find(suzhou, "SZ-ANNUAL"), 40, 60);
        obligation(zhoujie, hs, find(suzhou, "SZ-TEAMLEADER"), 150, 30);
        obligation(wufang, hs, find(suzhou, "SZ-PRINCIPAL"), 60, 120);
        obligation(sunlei, hs, find(suzhou, "SZ-ANNUAL"), 30, 60);
        obligation(zhenghao, hd, find(yiyang, "YY-ANNUAL"), 20, 90);
        study.store(Enrolment.assigned(worker.id(), course.id(), hs.id(), today.plusDays(60), today, now, BY));
        study.store(Enrolment.assigned(sunlei.id(), course.id(), hs.id(), today.plusDays(60), today, now, BY));
        study.store(Enrolment.selfChosen(zhoujie.id(), course.id(), now, BY));
        study.store(Enrolment.assigned(zhenghao.id(), course.id(), hd.id(), today.plusDays(90), today, now, BY));
        LOG.info("Training demo data loaded: profiles and requirements of Suzhou and Yiyang, a demo course, two "
                + "training classes, demo ledger rows, obligations.");
    }

    private void profiles() {
        // example settings (the plans set no daily caps): Yiyang stricter against unattended online study
        profile("SUZHOU", new StudyRules(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(15), Duration.ofSeconds(90), 3, Duration.ofHours(6), Duration.ofMinutes(45)));
        profile("YIYANG", new StudyRules(Duration.ofSeconds(30), 1.0, Duration.ofSeconds(5), Duration.ofMinutes(3),
                Duration.ofMinutes(10), Duration.ofSeconds(60), 3, Duration.ofHours(4), Duration.ofMinutes(45)));
    }

    private void profile(String region, StudyRules rules) {
        if (study.profile(region).isEmpty()) {
            study.store(new StudyProfile(region, rules, now, BY));
        }
    }

    private List<TrainingRequirement> suzhouRequirements() {
        String plan = "苏应急〔2020〕48号";
        return List.of(
                requirement("SUZHOU", "SZ-NEWHIRE", "新上岗从业人员安全生产与工伤预防培训", Situation.NEW_HIRE,
                        EnumSet.of(TrainingType.PRE_JOB), Set.of(), "72", "1", "0.5", 3, null,
                        plan + " 二（一）3：新上岗人员安全生产与工伤预防培训不少于72学时" + EXAMPLE),
                requirement("SUZHOU", "SZ-RETURN", "离岗3个月以上重新上岗针对性安全培训", Situation.RETURN_TO_POST,
                        EnumSet.of(TrainingType.RETURN_TO_POST), Set.of(), "20", "1", "0.5", 2, null,
                        plan + " 二（一）3：离岗3个月以上重新上岗须接受针对性安全培训（学时为示例配置）"),
                requirement("SUZHOU", "SZ-TEAMLEADER", "班组长安全技能提升轮训", Situation.ROTATION,
                        EnumSet.of(TrainingType.TEAM_LEADER_ROTATION), Set.of(PostCategory.TEAM_LEADER), "24", "1",
                        "0.5", 12, null, plan + " 二（一）4：高危企业班组长轮训一遍（学时为示例配置）"),
                requirement("SUZHOU", "SZ-PRINCIPAL", "主要负责人和安全生产管理人员初次安全培训",
                        Situation.APPOINTMENT, EnumSet.of(TrainingType.PRINCIPAL_AND_SAFETY_MANAGER),
                        Set.of(PostCategory.PRINCIPAL, PostCategory.SAFETY_MANAGER), "48", "1", "0.5", 6, null,
                        plan + " 二（一）5；《生产经营单位安全培训规定》初次不少于48学时" + EXAMPLE),
                requirement("SUZHOU", "SZ-SPECIAL", "特种作业人员安全技术培训（初训）", Situation.CERTIFICATION,
                        EnumSet.of(TrainingType.SPECIAL_OPERATION_INITIAL), Set.of(PostCategory.SPECIAL_OPERATOR),
                        "80", "1", "0.3", 6, null,
                        plan + " 二（一）2：专门的安全技能培训，考试合格后持证上岗（学时与线上比例为示例配置）"),
                requirement("SUZHOU", "SZ-ANNUAL", "从业人员年度安全再培训", Situation.PERIODIC,
                        EnumSet.of(TrainingType.ANNUAL_REFRESHER, TrainingType.KNOWLEDGE_UPDATE), Set.of(), "20",
                        "1", "1", 12, 12,
                        plan + " 二（二）5：知识更新再培训以线上培训为主；《生产经营单位安全培训规定》每年不少于20学时"));
    }

    private List<TrainingRequirement> yiyangRequirements() {
        String plan = "益应急联〔2020〕2号";
        return List.of(
                requirement("YIYANG", "YY-NEWHIRE", "新上岗从业人员岗前安全培训", Situation.NEW_HIRE,
                        EnumSet.of(TrainingType.PRE_JOB), Set.of(), "72", "1", "0.3", 3, null,
                        plan + " 三（二）：新上岗员工培训考核合格后上岗；《生产经营单位安全培训规定》不少于72学时"
                                + EXAMPLE),
                requirement("YIYANG", "YY-TEAMLEADER", "班组长安全技能提升专项培训", Situation.ROTATION,
                        EnumSet.of(TrainingType.TEAM_LEADER_ROTATION), Set.of(PostCategory.TEAM_LEADER), "24", "1",
                        "0.3", 12, null, plan + " 三（三）：2021年底前将高危企业班组长轮训一遍（学时为示例配置）"),
                requirement("YIYANG", "YY-PRINCIPAL", "主要负责人和安全生产管理人员初次安全培训",
                        Situation.APPOINTMENT, EnumSet.of(TrainingType.PRINCIPAL_AND_SAFETY_MANAGER),
                        Set.of(PostCategory.PRINCIPAL, PostCategory.SAFETY_MANAGER), "48", "1", "0.3", 6, null,
                        "《生产经营单位安全培训规定》初次不少于48学时" + EXAMPLE),
                requirement("YIYANG", "YY-SPECIAL", "特种作业人员安全技术培训（初训）", Situation.CERTIFICATION,
                        EnumSet.of(TrainingType.SPECIAL_OPERATION_INITIAL), Set.of(PostCategory.SPECIAL_OPERATOR),
                        "80", "1", "0.2", 6, null,
                        plan + " 三（四）：严格特种作业人员理论和实际操作培训课时要求（学时与线上比例为示例配置）"),
                requirement("YIYANG", "YY-ANNUAL", "从业人员年度安全再培训", Situation.PERIODIC,
                        EnumSet.of(TrainingType.ANNUAL_REFRESHER, TrainingType.KNOWLEDGE_UPDATE), Set.of(), "20",
                        "1", "0.5", 12, 12,
                        plan + " 三（八）：防止过度虚拟化；《生产经营单位安全培训规定》每年不少于20学时" + EXAMPLE));
    }

    private TrainingRequirement requirement(String region, String code, String name, Situation situation,
                                            Set<TrainingType> types, Set<PostCategory> posts, String hours,
                                            String weight, String cap, int windowMonths, Integer validityMonths,
                                            String basis) {
        TrainingRequirement r = new TrainingRequirement(region, code, new RequirementTerms(name, situation, types,
                posts, new BigDecimal(hours), new OnlineCreditRule(new BigDecimal(weight), new BigDecimal(cap)),
                windowMonths, validityMonths, basis), now, BY);
        study.store(r);
        return r;
    }

    private Course demoCourse(Organisation institution) {
        Course course = new Course(institution.id(), new CourseDetails(DEMO_COURSE_TITLE,
                "演示数据：危险化学品储存、动火作业、受限空间作业与事故案例。用于展示线上学时按比例计入培训要求。",
                Industry.CHEMICALS, TrainingType.ANNUAL_REFRESHER,
                EnumSet.of(PostCategory.SPECIAL_OPERATOR, PostCategory.TEAM_LEADER, PostCategory.OTHER),
                new BigDecimal("16"), "李明、王芳"), now, BY);
        String[] lessons = {"危险化学品储存与装卸安全", "动火作业与受限空间作业", "典型事故案例分析"};
        for (String title : lessons) {
            course.addLesson(title, LessonKind.DOCUMENT, Duration.ofHours(4), pdf(title), now);
        }
        course.submitForReview(now);
        course.approve(BY, "演示数据", now);
        courses.store(course);
        return course;
    }

    private LessonMedia pdf(String title) {
        try {
            Path file = Files.createTempFile("demo-lesson", ".pdf");
            String text = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
            Files.writeString(file, text, StandardCharsets.ISO_8859_1);
            long size = Files.size(file);
            return new LessonMedia(media.keep(file), "application/pdf", size, title + ".pdf", null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void classes(Organisation institution, Organisation employer, Person worker, Person zhoujie,
                         Person wufang, Person sunlei) {
        TrainingClass refresher = new TrainingClass(institution.id(), "2026年度危险化学品企业从业人员安全再培训班（演示）",
                null, TrainingType.ANNUAL_REFRESHER, today.minusDays(21), today.plusDays(30), 40, today, now, BY);
        for (Person p : List.of(worker, zhoujie, wufang, sunlei)) {
            refresher.enrol(p.id(), employer.id(), today, now, BY);
        }
        ClassSession first = refresher.addSession(today.minusDays(20), LocalTime.of(9, 0), LocalTime.of(12, 0),
                StudyMode.CLASSROOM, "苏州安泰培训学校 301教室", "李明");
        ClassSession second = refresher.addSession(today.minusDays(13), LocalTime.of(14, 0), LocalTime.of(17, 0),
                StudyMode.PRACTICAL, "张家港扬子江化工园区实训基地", "王芳");
        refresher.addSession(today.plusDays(7), LocalTime.of(9, 0), LocalTime.of(11, 30), StudyMode.CLASSROOM,
                "苏州安泰培训学校 301教室", "李明");
        TrainingClass rotation = new TrainingClass(institution.id(), "2026年第2期班组长安全技能提升轮训班（演示）", null,
                TrainingType.TEAM_LEADER_ROTATION, today.plusDays(10), today.plusDays(12), 30, today, now, BY);
        rotation.enrol(zhoujie.id(), employer.id(), today, now, BY);
        rotation.addSession(today.plusDays(10), LocalTime.of(9, 0), LocalTime.of(16, 0), StudyMode.CLASSROOM,
                "苏州安泰培训学校 302教室", "赵磊");
        training.store(refresher);
        training.store(rotation);
        training.flush();
        List<CreditedPeriod> rows = new ArrayList<>();
        rows.addAll(refresher.confirmAttendance(first.publicId(), List.of(Attendance.present(worker.id()),
                Attendance.late(zhoujie.id(), 30), Attendance.present(wufang.id()), Attendance.absent(sunlei.id())),
                PlatformClock.ZONE, now, BY));
        rows.addAll(refresher.confirmAttendance(second.publicId(), List.of(Attendance.present(worker.id()),
                Attendance.present(zhoujie.id()), Attendance.absent(wufang.id()), Attendance.present(sunlei.id())),
                PlatformClock.ZONE, now, BY));
        rows.forEach(study::append);
    }

    /** One demo hour of online study on each of the given days ago, on the course's lessons in turn. */
    private void online(Course course, Person person, int... daysAgo) {
        List<Lesson> lessons = course.lessons();
        for (int i = 0; i < daysAgo.length; i++) {
            Instant start = today.minusDays(daysAgo[i]).atTime(19, 30).atZone(PlatformClock.ZONE).toInstant();
            Lesson lesson = lessons.get(i * lessons.size() / daysAgo.length);
            study.append(CreditedPeriod.demoOnline(person.id(), course.id(), lesson.id(), start,
                    start.plus(Duration.ofHours(1))));
        }
    }

    private void obligation(Person person, Organisation enterprise, TrainingRequirement requirement, int startedDaysAgo,
                            int dueInDays) {
        study.store(new TrainingObligation(person.id(), enterprise.id(), requirement, today.minusDays(startedDaysAgo),
                today.plusDays(dueInDays), PlatformClock.ZONE, now, BY));
    }

    private Person person(String username) {
        return identity.accountByUsername(username).orElseThrow().person();
    }

    private static TrainingRequirement find(List<TrainingRequirement> requirements, String code) {
        return requirements.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
