package net.safeskill.lms.study.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.CourseStatus;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.application.PeopleDirectory;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Enums;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.TrainingRepository;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;
import net.safeskill.lms.study.domain.model.session.StudyRules;
import net.safeskill.lms.study.domain.model.trainingclass.Attendance;
import net.safeskill.lms.study.domain.model.trainingclass.AttendanceStatus;
import net.safeskill.lms.study.domain.model.trainingclass.ClassSession;
import net.safeskill.lms.study.domain.model.trainingclass.RosterEntry;
import net.safeskill.lms.study.domain.model.trainingclass.TrainingClass;

/**
 * An institution's training classes (培训班, J1): create a class, fill its roster (by resident ID number with a
 * real-name check, or with an enterprise's current employees), plan sessions, mark and confirm attendance. Confirmed
 * attendance becomes classroom / practical rows of the hours ledger. Everything is scoped to the caller's own
 * institution: another institution's class or session is "not found".
 */
@Stateless
@RolesAllowed(Roles.INSTITUTION_ADMIN)
public class TrainingClassService {

    @Inject
    private TrainingRepository classes;

    @Inject
    private StudyRepository ledger;

    @Inject
    private CourseRepository courses;

    @Inject
    private PeopleDirectory people;

    @Inject
    private CallerAccounts caller;

    @Inject
    private StudyRulesSource rulesSource;

    @Inject
    private AuditLog audit;

    public List<TrainingViews.ClassSummary> myClasses() {
        Organisation institution = caller.currentOrganisation();
        LocalDate today = PlatformClock.today();
        return classes.classesOf(institution.id()).stream().map(c -> summary(c, today)).toList();
    }

    /** The caller's own listed courses, which a class may teach. */
    public List<TrainingViews.Choice> myListedCourses() {
        return courses.coursesOf(caller.currentOrganisation().id()).stream()
                .filter(c -> c.status() == CourseStatus.LISTED)
                .map(c -> new TrainingViews.Choice(c.publicId(), c.title())).toList();
    }

    /** Enterprises whose employees can be put on a roster. */
    public List<TrainingViews.Choice> enterprises() {
        return people.enterprises().stream().map(o -> new TrainingViews.Choice(o.publicId(), o.name())).toList();
    }

    public String create(TrainingViews.NewClass cmd) {
        Organisation institution = caller.currentOrganisation();
        TrainingType type = Enums.parse(TrainingType.class, cmd.trainingType(), "trainingClass.typeRequired");
        Long courseId = null;
        if (cmd.course() != null && !cmd.course().isBlank()) {
            courseId = courses.course(cmd.course())
                    .filter(c -> c.institutionId() == institution.id() && c.status() == CourseStatus.LISTED)
                    .map(Course::id).orElseThrow(() -> new DomainException("course.notFound"));
        }
        String by = caller.current().username();
        TrainingClass c = new TrainingClass(institution.id(), cmd.title(), courseId, type, cmd.startDate(),
                cmd.endDate(), cmd.capacity(), PlatformClock.today(), Instant.now(), by);
        classes.store(c);
        audit.record(by, AuditAction.TRAINING_CLASS_CREATED, "TrainingClass", c.publicId(), c.title());
        return c.publicId();
    }

    public TrainingViews.ClassDetail detail(String classId) {
        TrainingClass c = own(classId);
        LocalDate today = PlatformClock.today();
        Map<Long, PeopleDirectory.PersonRef> names = people.people(c.rosterPersonIds());
        Map<Long, PeopleDirectory.OrganisationRef> employers = employersOf(c);
        List<TrainingViews.RosterMember> roster = c.roster().stream().map(r -> {
            PeopleDirectory.PersonRef p = names.get(r.personId());
            return new TrainingViews.RosterMember(p.publicId(), p.fullName(), p.maskedResidentId(),
                    employerName(employers, r), r.addedAt());
        }).toList();
        StudyRules rules = rules();
        List<TrainingViews.SessionView> sessions = c.sessions().stream()
                .sorted(Comparator.comparing(ClassSession::date).thenComparing(ClassSession::startTime))
                .map(s -> sessionView(s, rules)).toList();
        return new TrainingViews.ClassDetail(summary(c, today), roster, sessions, c.rosterEditable(today),
                !today.isAfter(c.endDate()) && !c.rosterFull());
    }

    /** Puts a registered person on the roster after a real-name check; returns their name. */
    public String enrolByResidentId(String classId, String residentId, String fullName) {
        TrainingClass c = own(classId);
        PeopleDirectory.PersonRef person = people.byResidentId(residentId, fullName);
        Long employer = people.currentEmployer(person.id()).map(PeopleDirectory.OrganisationRef::id).orElse(null);
        String by = caller.current().username();
        c.enrol(person.id(), employer, PlatformClock.today(), Instant.now(), by);
        audit.record(by, AuditAction.CLASS_ROSTER_CHANGED, "TrainingClass", c.publicId(), "+" + person.publicId());
        return person.fullName();
    }

    /**
     * Puts an enterprise's current employees (of one post category, or all) on the roster, all or none: if they do
     * not all fit, nobody is added.
     *
     * @return how many were added (people already on the roster are left as they are)
     */
    public int enrolEmployees(String classId, String enterprisePublicId, String postCategoryOrNull) {
        TrainingClass c = own(classId);
        PeopleDirectory.OrganisationRef enterprise = people.enterprises().stream()
                .filter(o -> o.publicId().equals(enterprisePublicId)).findFirst()
                .orElseThrow(() -> new DomainException("organisation.notFound"));
        PostCategory category = postCategoryOrNull == null || postCategoryOrNull.isBlank() ? null
                : Enums.parse(PostCategory.class, postCategoryOrNull, "employment.categoryRequired");
        String by = caller.current().username();
        LocalDate today = PlatformClock.today();
        Instant now = Instant.now();
        Set<Long> added = new HashSet<>();
        for (PeopleDirectory.Member m : people.employees(enterprise.id(), true)) {
            long personId = m.person().id();
            if ((category == null || m.category() == category) && !c.onRoster(personId) && added.add(personId)) {
                c.enrol(personId, enterprise.id(), today, now, by);
            }
        }
        if (!added.isEmpty()) {
            audit.record(by, AuditAction.CLASS_ROSTER_CHANGED, "TrainingClass", c.publicId(),
                    "+" + added.size() + " from " + enterprise.publicId());
        }
        return added.size();
    }

    public void removeFromRoster(String classId, String personPublicId) {
        TrainingClass c = own(classId);
        long personId = rosterIds(c).getOrDefault(personPublicId == null ? "" : personPublicId, -1L);
        c.remove(personId, PlatformClock.today());
        audit.record(caller.current().username(), AuditAction.CLASS_ROSTER_CHANGED, "TrainingClass", c.publicId(),
                "-" + personPublicId);
    }

    public String addSession(String classId, TrainingViews.NewSession cmd) {
        TrainingClass c = own(classId);
        StudyMode mode = Enums.parse(StudyMode.class, cmd.mode(), "classSession.mode");
        ClassSession s = c.addSession(cmd.date(), cmd.start(), cmd.end(), mode, cmd.location(), cmd.teacher());
        audit.record(caller.current().username(), AuditAction.CLASS_SESSION_CHANGED, "TrainingClass", c.publicId(),
                "+" + s.publicId() + " " + s.date() + " " + s.startTime() + "-" + s.endTime() + " " + mode);
        return s.publicId();
    }

    public void removeSession(String classId, String sessionId) {
        TrainingClass c = own(classId);
        c.removeSession(sessionId);
        audit.record(caller.current().username(), AuditAction.CLASS_SESSION_CHANGED, "TrainingClass", c.publicId(),
                "-" + sessionId);
    }

    public TrainingViews.AttendanceSheet sheet(String sessionId) {
        ClassSession s = ownSession(sessionId);
        TrainingClass c = s.trainingClass();
        Map<Long, PeopleDirectory.PersonRef> names = people.people(c.rosterPersonIds());
        Map<Long, PeopleDirectory.OrganisationRef> employers = employersOf(c);
        Map<Long, Attendance> marks = s.marks();
        StudyRules rules = rules();
        Instant start = s.startsAt(PlatformClock.ZONE);
        Instant end = s.endsAt(PlatformClock.ZONE);
        List<TrainingViews.SheetLine> lines = new ArrayList<>();
        for (RosterEntry r : c.roster()) {
            PeopleDirectory.PersonRef p = names.get(r.personId());
            Attendance a = marks.get(r.personId());
            double hours = a == null ? 0 : rules.toCreditHours(a.attendedFrom(start, end)
                    .map(from -> Duration.between(from, end)).orElse(Duration.ZERO));
            lines.add(new TrainingViews.SheetLine(p.publicId(), p.fullName(), p.maskedResidentId(),
                    employerName(employers, r), a == null ? null : a.status().name(),
                    a == null ? 0 : a.lateMinutes(), hours));
        }
        Instant now = Instant.now();
        return new TrainingViews.AttendanceSheet(s.publicId(), c.publicId(), c.title(), s.date(), s.startTime(),
                s.endTime(), s.mode().name(), s.location(), s.teacher(), rules.toCreditHours(s.length()),
                s.confirmed(), s.confirmedAt(), s.confirmedBy(),
                !s.confirmed() && !PlatformClock.today().isBefore(s.date()), !s.confirmed() && !now.isBefore(end),
                lines);
    }

    /** Saves marks on the sheet without confirming (they can still be changed). */
    public void saveAttendance(String sessionId, List<TrainingViews.Mark> marks) {
        ClassSession s = ownSession(sessionId);
        TrainingClass c = s.trainingClass();
        c.markAttendance(s.publicId(), attendances(c, marks), PlatformClock.ZONE, Instant.now(),
                caller.current().username());
    }

    /**
     * Confirms a session's attendance: the sheet is locked for good and each person who attended gets a ledger row
     * (classroom or practical, from the start or their late arrival to the end).
     *
     * @return the number of ledger rows written
     */
    public int confirmAttendance(String sessionId, List<TrainingViews.Mark> marks) {
        ClassSession s = ownSession(sessionId);
        TrainingClass c = s.trainingClass();
        String by = caller.current().username();
        List<CreditedPeriod> rows = c.confirmAttendance(s.publicId(), attendances(c, marks), PlatformClock.ZONE,
                Instant.now(), by);
        rows.forEach(ledger::append);
        audit.record(by, AuditAction.ATTENDANCE_CONFIRMED, "ClassSession", s.publicId(),
                rows.size() + "/" + c.roster().size() + " credited");
        return rows.size();
    }

    private List<Attendance> attendances(TrainingClass c, List<TrainingViews.Mark> marks) {
        Map<String, Long> ids = rosterIds(c);
        List<Attendance> result = new ArrayList<>();
        for (TrainingViews.Mark m : marks == null ? List.<TrainingViews.Mark>of() : marks) {
            Long personId = ids.get(m.person() == null ? "" : m.person());
            if (personId == null) {
                throw new DomainException("attendance.notOnRoster");
            }
            if (m.status() == null || m.status().isBlank()) {
                continue; // not marked yet
            }
            AttendanceStatus status = Enums.parse(AttendanceStatus.class, m.status(), "attendance.statusRequired");
            result.add(new Attendance(personId, status, m.lateMinutes() == null ? 0 : m.lateMinutes()));
        }
        return result;
    }

    private Map<String, Long> rosterIds(TrainingClass c) {
        Map<String, Long> ids = new HashMap<>();
        people.people(c.rosterPersonIds()).forEach((id, p) -> ids.put(p.publicId(), id));
        return ids;
    }

    private Map<Long, PeopleDirectory.OrganisationRef> employersOf(TrainingClass c) {
        Set<Long> ids = new HashSet<>();
        c.roster().forEach(r -> Optional.ofNullable(r.employerId()).ifPresent(ids::add));
        return ids.isEmpty() ? Map.of() : people.organisations(ids);
    }

    private static String employerName(Map<Long, PeopleDirectory.OrganisationRef> employers, RosterEntry r) {
        PeopleDirectory.OrganisationRef o = r.employerId() == null ? null : employers.get(r.employerId());
        return o == null ? null : o.name();
    }

    private TrainingViews.ClassSummary summary(TrainingClass c, LocalDate today) {
        String courseTitle = c.courseId() == null ? null : courses.course(c.courseId()).map(Course::title).orElse(null);
        String phase = today.isBefore(c.startDate()) ? "UPCOMING" : today.isAfter(c.endDate()) ? "ENDED" : "RUNNING";
        int confirmed = (int) c.sessions().stream().filter(ClassSession::confirmed).count();
        return new TrainingViews.ClassSummary(c.publicId(), c.title(), c.trainingType().name(), courseTitle,
                c.startDate(), c.endDate(), c.capacity(), c.roster().size(), c.sessions().size(), confirmed, phase);
    }

    private static TrainingViews.SessionView sessionView(ClassSession s, StudyRules rules) {
        Map<AttendanceStatus, Integer> counts = new HashMap<>();
        s.marks().values().forEach(a -> counts.merge(a.status(), 1, Integer::sum));
        return new TrainingViews.SessionView(s.publicId(), s.date(), s.startTime(), s.endTime(), s.mode().name(),
                s.location(), s.teacher(), rules.toCreditHours(s.length()), s.confirmed(),
                counts.getOrDefault(AttendanceStatus.PRESENT, 0), counts.getOrDefault(AttendanceStatus.LATE, 0),
                counts.getOrDefault(AttendanceStatus.ABSENT, 0));
    }

    private StudyRules rules() {
        return rulesSource.rulesFor(caller.currentOrganisation().region().name());
    }

    private TrainingClass own(String classId) {
        long institutionId = caller.currentOrganisation().id();
        return classes.trainingClass(classId).filter(c -> c.institutionId() == institutionId)
                .orElseThrow(() -> new DomainException("trainingClass.notFound"));
    }

    private ClassSession ownSession(String sessionId) {
        long institutionId = caller.currentOrganisation().id();
        return classes.session(sessionId).filter(s -> s.trainingClass().institutionId() == institutionId)
                .orElseThrow(() -> new DomainException("classSession.notFound"));
    }
}
