package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.identity.application.Commands;
import net.safeskill.lms.identity.application.EmployeeService;
import net.safeskill.lms.identity.application.IdentityAdminService;
import net.safeskill.lms.identity.application.PeopleDirectory;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.exam.domain.model.session.TrainingStatus;
import net.safeskill.lms.exam.infrastructure.training.StudyTrainingRecords;
import net.safeskill.lms.it.support.AsEnterprise;
import net.safeskill.lms.it.support.AsInstitution;
import net.safeskill.lms.it.support.AsOtherEnterprise;
import net.safeskill.lms.it.support.AsOtherInstitution;
import net.safeskill.lms.it.support.AsRegulator;
import net.safeskill.lms.it.support.AsSysadmin;
import net.safeskill.lms.it.support.AsWorker;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;
import net.safeskill.lms.it.support.RunAsCaller;
import net.safeskill.lms.it.support.TestPeople;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.study.application.EnrolmentService;
import net.safeskill.lms.study.application.ProgressService;
import net.safeskill.lms.study.application.ProgressViews;
import net.safeskill.lms.study.application.RequirementAdminService;
import net.safeskill.lms.study.application.TrainingAssignmentService;
import net.safeskill.lms.study.application.TrainingClassService;
import net.safeskill.lms.study.application.TrainingViews;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.infrastructure.demo.TrainingDemoDataLoader;

/**
 * Training classes, requirements, assignment and progress through the real services, roles and transactions: a
 * class's confirmed attendance becomes ledger rows (and cannot be confirmed twice); progress combines classroom,
 * practical and online hours at the configured weight and cap; every caller sees and changes only their own
 * organisation's or region's data.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class TrainingProgressIT {

    private static final Duration CREDIT_HOUR = Duration.ofMinutes(45); // the Suzhou demo profile's 学时

    @Deployment
    static WebArchive deployment() {
        return Deployments.platformWithTests(TrainingProgressIT.class);
    }

    @Inject TrainingClassService classes;
    @Inject RequirementAdminService requirements;
    @Inject TrainingAssignmentService assignment;
    @Inject ProgressService progress;
    @Inject EnrolmentService enrolment;
    @Inject EmployeeService employees;
    @Inject IdentityAdminService identityAdmin;
    @Inject PeopleDirectory people;
    @Inject AsInstitution asInstitution;
    @Inject AsOtherInstitution asOtherInstitution;
    @Inject AsEnterprise asEnterprise;
    @Inject AsOtherEnterprise asOtherEnterprise;
    @Inject AsRegulator asRegulator;
    @Inject AsSysadmin asSysadmin;
    @Inject AsWorker asWorker;
    @Inject UserTransaction tx;
    @Inject StudyTrainingRecords trainingRecords;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private static LocalDate today() {
        return PlatformClock.today();
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private static <T> T refusedWith(String code, RunAsCaller as, Callable<T> work) {
        DomainException e = assertThrows(DomainException.class, () -> as.call(work));
        assertEquals(code, e.code());
        return null;
    }

    /** A new employee of 苏州华盛化工 (the demo enterprise), with no hours yet: {residentId, name, employment}. */
    private String[] newEmployee(PostCategory category) throws Exception {
        String rid = TestPeople.residentId();
        String name = "测试员" + "甲乙丙丁戊己庚辛".charAt((int) (System.nanoTime() % 8));
        asEnterprise.call(() -> employees.addEmployee(new Commands.NewEmployee(name, rid, TestPeople.mobile(),
                "操作工", category.name(), "DIRECT", today().minusYears(1), null)));
        String employment = asEnterprise.call(() -> employees.employees(true)).stream()
                .filter(e -> e.maskedResidentId().endsWith(rid.substring(14)) && e.personName().equals(name))
                .map(Views.EmploymentView::publicId).findFirst().orElseThrow();
        return new String[] {rid, name, employment};
    }

    private long personId(String residentId) {
        return em.createQuery("select p.id from Person p where p.residentId = :r", Long.class)
                .setParameter("r", residentId).getSingleResult();
    }

    private String suzhouRequirement(String code, String hours, String weight, String capPercent) throws Exception {
        return asRegulator.call(() -> requirements.create("SUZHOU", new ProgressViews.RequirementCommand(code,
                "年度再培训（测试 " + code + "）", "PERIODIC", Set.of("ANNUAL_REFRESHER"), Set.of(),
                new BigDecimal(hours), new BigDecimal(weight), new BigDecimal(capPercent), 12, 12, "测试")));
    }

    /** A class of the demo institution that started two days ago, with the person on its roster. */
    private String runningClass(String residentId, String name) throws Exception {
        return asInstitution.call(() -> {
            String id = classes.create(new TrainingViews.NewClass("测试再培训班 " + suffix(), "ANNUAL_REFRESHER", null,
                    today().minusDays(2), today().plusDays(5), 30));
            classes.enrolByResidentId(id, residentId, name);
            return id;
        });
    }

    private long ledgerRowsOf(String sessionPublicId) {
        return em.createQuery("select count(p) from CreditedPeriod p, ClassSession s "
                + "where p.classSessionId = s.id and s.publicId = :s", Long.class)
                .setParameter("s", sessionPublicId).getSingleResult();
    }

    /** The demo data's listed annual-refresher course and its first lesson: {course, lesson}. */
    private long enrolmentsOf(String lineage) {
        return em.createQuery("select count(distinct e.personId) from Enrolment e, Course c where e.courseId = c.id "
                + "and c.lineageId = :l", Long.class).setParameter("l", lineage).getSingleResult();
    }

    private long learnersOf(String lineage) {
        return em.createQuery("select p.learners from CoursePopularity p where p.lineageId = :l", Long.class)
                .setParameter("l", lineage).getResultStream().findFirst().orElse(0L);
    }

    private String[] listedCourse() {
        Object[] row = em.createQuery("select c.publicId, l.publicId from Lesson l join l.course c "
                + "where c.title = :t and c.status = :s and l.ordinal = 1", Object[].class)
                .setParameter("t", TrainingDemoDataLoader.DEMO_COURSE_TITLE).setParameter("s", CourseStatus.LISTED)
                .getSingleResult();
        return new String[] {(String) row[0], (String) row[1]};
    }

    /** Online ledger rows as heartbeats would have written them (test fixture: the crediting rules are tested elsewhere). */
    private void onlineHours(long personId, String coursePublicId, String lessonPublicId, int... hoursOnDaysAgo)
            throws Exception {
        long courseId = em.createQuery("select c.id from Course c where c.publicId = :p", Long.class)
                .setParameter("p", coursePublicId).getSingleResult();
        long lessonId = em.createQuery("select l.id from Lesson l where l.publicId = :p", Long.class)
                .setParameter("p", lessonPublicId).getSingleResult();
        tx.begin();
        for (int i = 0; i < hoursOnDaysAgo.length; i++) {
            Instant start = today().minusDays(i + 1).atTime(20, 0).atZone(PlatformClock.ZONE).toInstant();
            em.persist(CreditedPeriod.online(personId, courseId, lessonId, null, start,
                    start.plus(Duration.ofHours(hoursOnDaysAgo[i])), null, null));
        }
        tx.commit();
    }

    private static double creditHours(Duration d) {
        return Math.floor(d.toMillis() * 10.0 / CREDIT_HOUR.toMillis()) / 10.0;
    }

    @Test
    void confirmedAttendanceBecomesLedgerRowsOnceAndProgressCombinesItWithOnlineAtTheWeightAndCap()
            throws Exception {
        String[] emp = newEmployee(PostCategory.OTHER);
        String code = "IT-" + suffix();
        String requirement = suzhouRequirement(code, "20", "0.5", "25");
        String classId = runningClass(emp[0], emp[1]);
        LocalDate yesterday = today().minusDays(1);
        String[] sessions = asInstitution.call(() -> new String[] {
            classes.addSession(classId, new TrainingViews.NewSession(yesterday, LocalTime.of(9, 0),
                    LocalTime.of(12, 0), "CLASSROOM", "301教室", "李明")),
            classes.addSession(classId, new TrainingViews.NewSession(yesterday, LocalTime.of(13, 0),
                    LocalTime.of(14, 0), "PRACTICAL", "实训基地", "王芳"))});
        String person = asInstitution.call(() -> classes.detail(classId)).roster().get(0).person();

        // a draft can change; confirming writes one row per attendee and locks the sheet
        asInstitution.call(() -> {
            classes.saveAttendance(sessions[0], List.of(new TrainingViews.Mark(person, "ABSENT", null)));
            return null;
        });
        assertEquals(0, ledgerRowsOf(sessions[0]));
        assertEquals(1, asInstitution.call(() -> classes.confirmAttendance(sessions[0],
                List.of(new TrainingViews.Mark(person, "PRESENT", null)))));
        assertEquals(1, asInstitution.call(() -> classes.confirmAttendance(sessions[1],
                List.of(new TrainingViews.Mark(person, "LATE", 15)))));
        assertEquals(1, ledgerRowsOf(sessions[0]));
        assertEquals(1, ledgerRowsOf(sessions[1]));
        refusedWith("attendance.locked", asInstitution, () -> classes.confirmAttendance(sessions[0],
                List.of(new TrainingViews.Mark(person, "ABSENT", null))));
        refusedWith("attendance.locked", asInstitution, () -> {
            classes.removeSession(classId, sessions[1]);
            return null;
        });
        assertEquals(1, ledgerRowsOf(sessions[0]), "a refused correction leaves the ledger as it was");
        TrainingViews.AttendanceSheet sheet = asInstitution.call(() -> classes.sheet(sessions[1]));
        assertTrue(sheet.confirmed());
        assertEquals("LATE", sheet.lines().get(0).status());
        assertEquals(creditHours(Duration.ofMinutes(45)), sheet.lines().get(0).creditHours());
        long millis = em.createQuery("select sum(p.creditedMs) from CreditedPeriod p, ClassSession s "
                + "where p.classSessionId = s.id and s.publicId in :s", Long.class)
                .setParameter("s", List.of(sessions)).getSingleResult();
        assertEquals(Duration.ofMinutes(180 + 45).toMillis(), millis);

        // 10 h online on the listed annual-refresher course of the demo data
        String[] course = listedCourse();
        onlineHours(personId(emp[0]), course[0], course[1], 2, 2, 3, 3);

        ProgressViews.AssignmentResult assigned = asEnterprise.call(() -> assignment.assignRequirement(requirement,
                new ProgressViews.Target(Set.of(emp[2]), null, false), today().minusDays(30), today().plusDays(60)));
        assertEquals(new ProgressViews.AssignmentResult(1, 0, 0), assigned);
        assertEquals(new ProgressViews.AssignmentResult(0, 0, 1), asEnterprise.call(() ->
                assignment.assignRequirement(requirement, new ProgressViews.Target(Set.of(emp[2]), null, false),
                        today().minusDays(30), today().plusDays(60))));

        ProgressViews.Progress p = asEnterprise.call(() -> progress.enterpriseProgress()).rows().stream()
                .filter(r -> r.fullName().equals(emp[1]) && r.progress().requirementCode().equals(code))
                .findFirst().orElseThrow().progress();
        Duration required = CREDIT_HOUR.multipliedBy(20);                          // 15 h
        Duration online = Duration.ofHours(10);
        Duration onlineCounted = online.dividedBy(2).compareTo(required.dividedBy(4)) < 0
                ? online.dividedBy(2) : required.dividedBy(4);                       // min(5 h, 3 h 45)
        Duration counted = Duration.ofMinutes(180).plus(Duration.ofMinutes(45)).plus(onlineCounted);
        assertEquals(creditHours(Duration.ofMinutes(180)), p.classroomHours());
        assertEquals(creditHours(Duration.ofMinutes(45)), p.practicalHours());
        assertEquals(creditHours(online), p.onlineStudiedHours());
        assertEquals(creditHours(onlineCounted), p.onlineCountedHours());
        assertEquals(creditHours(counted), p.countedHours());
        assertEquals((int) (counted.toMillis() * 100 / required.toMillis()), p.percent());
        assertEquals(25, p.onlineCapPercent());
        assertFalse(p.complete());
        assertFalse(p.behind(), "half done after a third of the window");

        // an exam session's admission asks the same question through the exam context's port (E4)
        TrainingStatus forExam = trainingRecords.statusOf(personId(emp[0]), code, today()).orElseThrow();
        assertEquals(p.requiredHours(), forExam.requiredHours());
        assertEquals(p.countedHours(), forExam.creditedHours().doubleValue());
        assertFalse(forExam.met(), "not admitted while the training is incomplete");
        assertTrue(trainingRecords.statusOf(personId(emp[0]), "NO-SUCH-" + code, today()).isEmpty());
        assertTrue(trainingRecords.statusOf(personId(emp[0]), code, today().minusDays(31)).isEmpty(),
                "an obligation whose window had not begun does not count");

        // the regulator raises the weight and the cap: progress follows at once, from the same ledger
        asRegulator.call(() -> {
            requirements.change(requirement, new ProgressViews.RequirementCommand(code, "年度再培训（测试 " + code + "）",
                    "PERIODIC", Set.of("ANNUAL_REFRESHER"), Set.of(), new BigDecimal("20"), BigDecimal.ONE,
                    new BigDecimal("100"), 12, 12, "测试"));
            return null;
        });
        ProgressViews.Progress after = asEnterprise.call(() -> progress.enterpriseProgress()).rows().stream()
                .filter(r -> r.fullName().equals(emp[1]) && r.progress().requirementCode().equals(code))
                .findFirst().orElseThrow().progress();
        Duration countedAfter = Duration.ofMinutes(180 + 45).plus(online); // weight 1, cap 100 %
        assertEquals(creditHours(countedAfter), after.countedHours());
        assertEquals((int) (countedAfter.toMillis() * 100 / required.toMillis()), after.percent());
    }

    @Test
    void theLearnerSeesTheirOwnRequirementsWithClassroomHours() throws Exception {
        List<ProgressViews.Progress> mine = asWorker.call(() -> progress.myRequirements());
        ProgressViews.Progress annual = mine.stream().filter(p -> p.requirementCode().equals("SZ-ANNUAL"))
                .findFirst().orElseThrow(() -> new AssertionError("the demo obligation of 张伟: " + mine));
        assertTrue(annual.classroomHours() > 0 && annual.practicalHours() > 0, annual.toString());
        assertTrue(asWorker.call(() -> progress.myClassHours()).stream()
                .anyMatch(s -> s.mode().equals("CLASSROOM")));
        assertTrue(asWorker.call(() -> enrolment.myPlan()).stream().anyMatch(e -> e.origin().equals("ASSIGNED")),
                "an assigned course is in 我的学习");
        assertThrows(EJBAccessException.class, () -> asWorker.call(() -> progress.enterpriseProgress()));
        assertThrows(EJBAccessException.class, () -> asWorker.call(() -> classes.myClasses()));
    }

    @Test
    void anEnterpriseSeesAndAssignsOnlyItsOwnEmployees() throws Exception {
        String[] emp = newEmployee(PostCategory.TEAM_LEADER);
        String requirement = suzhouRequirement("IT-" + suffix(), "8", "1", "50");
        assertEquals(1, asEnterprise.call(() -> assignment.assignRequirement(requirement,
                new ProgressViews.Target(Set.of(emp[2]), null, false), today(), today().plusDays(30))).assigned());

        ProgressViews.EnterpriseProgress other = asOtherEnterprise.call(() -> progress.enterpriseProgress());
        assertTrue(other.rows().stream().noneMatch(r -> r.fullName().equals(emp[1])));
        assertTrue(other.rows().stream().allMatch(r -> r.progress().requirementCode().startsWith("YY-")),
                other.rows().toString());
        assertTrue(asOtherEnterprise.call(() -> assignment.employees()).stream()
                .noneMatch(e -> e.employment().equals(emp[2])));
        String course = listedCourse()[0];
        refusedWith("employment.notFound", asOtherEnterprise, () -> assignment.assignCourse(course,
                new ProgressViews.Target(Set.of(emp[2]), null, false), today().plusDays(10)));
        refusedWith("requirement.notFound", asOtherEnterprise, () -> assignment.assignRequirement(requirement,
                new ProgressViews.Target(Set.of(), null, true), today(), today().plusDays(10)));

        // an assigned course counts its new learner at once ("most studied" in the 课程超市), and only once
        String lineage = em.createQuery("select c.lineageId from Course c where c.publicId = :p", String.class)
                .setParameter("p", course).getSingleResult();
        long before = enrolmentsOf(lineage);
        assertEquals(1, asEnterprise.call(() -> assignment.assignCourse(course,
                new ProgressViews.Target(Set.of(emp[2]), null, false), today().plusDays(10))).assigned());
        assertEquals(before + 1, enrolmentsOf(lineage));
        assertEquals(before + 1, learnersOf(lineage), "the supermarket's count follows at once");
        asEnterprise.call(() -> assignment.assignCourse(course, new ProgressViews.Target(Set.of(emp[2]), null, false),
                today().plusDays(20)));
        assertEquals(before + 1, learnersOf(lineage), "assigning again is no new learner");
        long huashengId = em.createQuery("select o.id from Organisation o where o.name = '苏州华盛化工有限公司'",
                Long.class).getSingleResult();
        refusedWith("organisation.notFound", asOtherEnterprise, () -> people.employees(huashengId, true));

        // a post-category group: only the team leaders; the requirement for OTHER posts leaves them out
        String forOthers = asRegulator.call(() -> requirements.create("SUZHOU", new ProgressViews.RequirementCommand(
                "IT-" + suffix(), "其他从业人员培训（测试）", "ANY", Set.of("GENERAL"), Set.of("OTHER"),
                new BigDecimal("4"), BigDecimal.ONE, new BigDecimal("50"), 3, null, null)));
        ProgressViews.AssignmentResult byCategory = asEnterprise.call(() -> assignment.assignRequirement(forOthers,
                new ProgressViews.Target(Set.of(), "TEAM_LEADER", false), today(), today().plusDays(30)));
        assertEquals(0, byCategory.assigned());
        assertTrue(byCategory.notApplicable() >= 1);
    }

    @Test
    void anInstitutionWorksOnlyOnItsOwnClasses() throws Exception {
        String[] emp = newEmployee(PostCategory.OTHER);
        String classId = runningClass(emp[0], emp[1]);
        String session = asInstitution.call(() -> classes.addSession(classId, new TrainingViews.NewSession(
                today().minusDays(1), LocalTime.of(8, 0), LocalTime.of(10, 0), "CLASSROOM", "302教室", "赵磊")));
        String person = asInstitution.call(() -> classes.detail(classId)).roster().get(0).person();

        String n = suffix();
        Views.OrganisationView org = asSysadmin.call(() -> identityAdmin.createOrganisation(new Commands.NewOrganisation(
                "测试第二培训学校" + n, "TRAINING_INSTITUTION", TestPeople.creditCode(), "SUZHOU", null, "苏州市", null)));
        asSysadmin.call(() -> identityAdmin.createStaffAccount(new Commands.NewStaffAccount(org.publicId(),
                "INSTITUTION_ADMIN", "钱进", TestPeople.residentId(), TestPeople.mobile(), "itinst2")));

        refusedWith("classSession.notFound", asOtherInstitution, () -> classes.confirmAttendance(session,
                List.of(new TrainingViews.Mark(person, "PRESENT", null))));
        refusedWith("classSession.notFound", asOtherInstitution, () -> classes.sheet(session));
        refusedWith("trainingClass.notFound", asOtherInstitution, () -> classes.detail(classId));
        refusedWith("trainingClass.notFound", asOtherInstitution, () -> classes.enrolByResidentId(classId, emp[0],
                emp[1]));
        assertTrue(asOtherInstitution.call(() -> classes.myClasses()).isEmpty());
        assertEquals(0, ledgerRowsOf(session));

        // the owner: nobody is left unmarked, the roster is locked after the start, a wrong name is refused
        refusedWith("attendance.incomplete", asInstitution, () -> classes.confirmAttendance(session, List.of()));
        refusedWith("trainingClass.rosterLocked", asInstitution, () -> {
            classes.removeFromRoster(classId, person);
            return null;
        });
        String[] another = newEmployee(PostCategory.OTHER);
        refusedWith("person.nameMismatch", asInstitution, () -> classes.enrolByResidentId(classId, another[0], "王五"));
        assertEquals(1, asInstitution.call(() -> classes.confirmAttendance(session,
                List.of(new TrainingViews.Mark(person, "PRESENT", null)))));
        assertNotNull(asInstitution.call(() -> classes.myClasses()).stream()
                .filter(c -> c.id().equals(classId)).findFirst().orElseThrow());
    }

    @Test
    void aRegulatorConfiguresOnlyTheirRegionAndTheSystemAdminAnyAllAudited() throws Exception {
        assertEquals(List.of("SUZHOU"), asRegulator.call(() -> requirements.regions()));
        String yiyangAnnual = asSysadmin.call(() -> requirements.requirements("YIYANG")).stream()
                .filter(r -> r.code().equals("YY-ANNUAL")).findFirst().orElseThrow().id();
        ProgressViews.RequirementCommand change = new ProgressViews.RequirementCommand("YY-ANNUAL",
                "从业人员年度安全再培训", "PERIODIC", Set.of("ANNUAL_REFRESHER", "KNOWLEDGE_UPDATE"), Set.of(),
                new BigDecimal("20"), BigDecimal.ONE, new BigDecimal("40"), 12, 12, "益应急联〔2020〕2号");
        refusedWith("requirement.notFound", asRegulator, () -> {
            requirements.change(yiyangAnnual, change);
            return null;
        });
        refusedWith("requirement.regionNotYours", asRegulator, () -> requirements.requirements("YIYANG"));
        refusedWith("requirement.regionNotYours", asRegulator, () -> requirements.profile("YIYANG"));
        refusedWith("requirement.regionNotYours", asRegulator, () -> requirements.create("YIYANG", change));

        asSysadmin.call(() -> {
            requirements.change(yiyangAnnual, change);
            return null;
        });
        assertEquals(new BigDecimal("40"), asSysadmin.call(() -> requirements.requirements("YIYANG")).stream()
                .filter(r -> r.id().equals(yiyangAnnual)).findFirst().orElseThrow().onlineCapPercent());
        ProgressViews.ProfileView yiyang = asSysadmin.call(() -> requirements.profile("YIYANG"));
        ProgressViews.ProfileView suzhou = asRegulator.call(() -> requirements.profile("SUZHOU"));
        assertTrue(yiyang.dailyCapHours().compareTo(suzhou.dailyCapHours()) != 0,
                "the demo profiles of Suzhou and Yiyang differ");
        asRegulator.call(() -> {
            requirements.changeProfile("SUZHOU", new ProgressViews.ProfileView("SUZHOU", true, 30,
                    BigDecimal.ONE, 5, 5, 15, 90, 3, suzhou.dailyCapHours(), 45));
            return null;
        });
        refusedWith("studyRules.dailyCap", asRegulator, () -> {
            requirements.changeProfile("SUZHOU", new ProgressViews.ProfileView("SUZHOU", true, 30, BigDecimal.ONE,
                    5, 5, 15, 90, 3, new BigDecimal("25"), 45));
            return null;
        });
        refusedWith("requirement.onlineWeight", asRegulator, () -> requirements.create("SUZHOU",
                new ProgressViews.RequirementCommand("IT-" + suffix(), "折算系数过大", "ANY", Set.of("GENERAL"),
                        Set.of(), new BigDecimal("8"), new BigDecimal("1.5"), new BigDecimal("50"), 3, null, null)));
        long audited = em.createQuery("select count(a) from AuditEntry a where a.objectId = :r and a.actor = 'sysadmin'",
                Long.class).setParameter("r", yiyangAnnual).getSingleResult();
        assertEquals(1, audited);
        long rules = em.createQuery("select count(a) from AuditEntry a where a.objectId = 'SUZHOU' "
                + "and a.actor = 'regulator'", Long.class).getSingleResult();
        assertTrue(rules >= 1);
        assertThrows(EJBAccessException.class, () -> asEnterprise.call(() -> requirements.regions()));
    }
}
