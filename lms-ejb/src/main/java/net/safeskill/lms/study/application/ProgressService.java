package net.safeskill.lms.study.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.application.PeopleDirectory;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.TrainingRepository;
import net.safeskill.lms.study.domain.model.requirement.LedgerSlice;
import net.safeskill.lms.study.domain.model.requirement.RequirementProgress;
import net.safeskill.lms.study.domain.model.requirement.TrainingObligation;
import net.safeskill.lms.study.domain.model.requirement.TrainingRequirement;
import net.safeskill.lms.study.domain.model.session.StudyRules;

/**
 * Progress toward training requirements (C4, journey 6), derived from the hours ledger every time — never stored,
 * never typed in: classroom + practical + min(online x weight, cap x required), counting only the hours of the
 * training types the requirement accepts, from the obligation's start. The learner sees their own obligations; the
 * enterprise admin sees those it assigned, computed with one grouped query over the ledger for all its people.
 */
@Stateless
public class ProgressService {

    @Inject
    private StudyRepository study;

    @Inject
    private TrainingRepository training;

    @Inject
    private CourseRepository courses;

    @Inject
    private PeopleDirectory people;

    @Inject
    private CallerAccounts caller;

    @Inject
    private StudyRulesSource rulesSource;

    /** The caller's obligations with their progress, by due date. */
    @RolesAllowed(Roles.LEARNER)
    public List<ProgressViews.Progress> myRequirements() {
        long personId = caller.current().person().id();
        List<TrainingObligation> obligations = study.obligationsOf(personId);
        Map<Long, ProgressViews.Progress> progress = compute(obligations, training.obligationTimes(null, personId));
        return obligations.stream().map(o -> progress.get(o.id())).toList();
    }

    /**
     * For other contexts (an exam session's admission rule, E4): the progress of the person's latest obligation of
     * the requirement with this code whose window had begun by {@code asOf}; empty when there is none. Internal: the
     * calling service checks its own caller's roles.
     */
    @PermitAll
    public Optional<ProgressViews.Progress> progressOf(long personId, String requirementCode, LocalDate asOf) {
        Optional<TrainingObligation> latest = study.obligationsOf(personId).stream()
                .filter(o -> o.requirement().code().equals(requirementCode) && !o.windowStart().isAfter(asOf))
                .max(Comparator.comparing(TrainingObligation::windowStart));
        return latest.map(o -> compute(List.of(o), training.obligationTimes(null, personId)).get(o.id()));
    }

    /** The classroom and practical sessions the caller was credited for, newest first. */
    @RolesAllowed(Roles.LEARNER)
    public List<ProgressViews.AttendedSession> myClassHours() {
        long personId = caller.current().person().id();
        StudyRules rules = rulesSource.rulesFor(caller.currentRegion().map(Enum::name)
                .orElse(StudyRulesSource.DEFAULT_REGION));
        return training.attendedSessions(personId, 100).stream()
                .map(a -> new ProgressViews.AttendedSession(a.classTitle(), a.type().name(), a.date(),
                        a.mode().name(), rules.toCreditHours(a.time()))).toList();
    }

    /** Every obligation the caller's enterprise assigned, with progress, and a summary per requirement. */
    @RolesAllowed(Roles.ENTERPRISE_ADMIN)
    public ProgressViews.EnterpriseProgress enterpriseProgress() {
        Organisation enterprise = caller.currentOrganisation();
        List<TrainingObligation> obligations = study.obligationsAt(enterprise.id());
        Map<Long, ProgressViews.Progress> progress = compute(obligations,
                training.obligationTimes(enterprise.id(), null));
        Map<Long, PeopleDirectory.Member> members = new HashMap<>();
        people.employees(enterprise.id(), false).stream()
                .sorted(Comparator.comparing(PeopleDirectory.Member::startDate))
                .forEach(m -> members.put(m.person().id(), m)); // the latest employment wins
        List<ProgressViews.EmployeeProgress> rows = new ArrayList<>();
        for (TrainingObligation o : obligations) {
            PeopleDirectory.Member m = members.get(o.personId());
            rows.add(new ProgressViews.EmployeeProgress(m == null ? null : m.person().publicId(),
                    m == null ? "?" : m.person().fullName(), m == null ? "" : m.person().maskedResidentId(),
                    m == null ? null : m.category().name(), progress.get(o.id())));
        }
        rows.sort(Comparator.comparing(ProgressViews.EmployeeProgress::fullName)
                .thenComparing(r -> r.progress().dueDate()));
        return new ProgressViews.EnterpriseProgress(rows, summaries(obligations, progress));
    }

    private static List<ProgressViews.RequirementSummary> summaries(List<TrainingObligation> obligations,
                                                                    Map<Long, ProgressViews.Progress> progress) {
        Map<Long, List<ProgressViews.Progress>> byRequirement = new LinkedHashMap<>();
        Map<Long, TrainingRequirement> requirements = new HashMap<>();
        obligations.stream().sorted(Comparator.comparing(o -> o.requirement().code())).forEach(o -> {
            requirements.put(o.requirement().id(), o.requirement());
            byRequirement.computeIfAbsent(o.requirement().id(), k -> new ArrayList<>()).add(progress.get(o.id()));
        });
        List<ProgressViews.RequirementSummary> result = new ArrayList<>();
        byRequirement.forEach((id, list) -> {
            int complete = (int) list.stream().filter(ProgressViews.Progress::complete).count();
            int behind = (int) list.stream().filter(ProgressViews.Progress::behind).count();
            int average = (int) list.stream().mapToInt(ProgressViews.Progress::percent).average().orElse(0);
            TrainingRequirement r = requirements.get(id);
            result.add(new ProgressViews.RequirementSummary(r.code(), r.name(), list.size(), complete,
                    list.size() - complete - behind, behind, average));
        });
        return result;
    }

    /** Progress of each obligation (by obligation id) from the grouped ledger times. */
    private Map<Long, ProgressViews.Progress> compute(List<TrainingObligation> obligations,
                                                      List<TrainingRepository.ObligationTime> times) {
        Map<Long, TrainingType> courseTypes = new HashMap<>();
        Map<Long, List<LedgerSlice>> slices = new HashMap<>();
        for (TrainingRepository.ObligationTime t : times) {
            TrainingType type = t.classType() != null ? t.classType()
                    : t.courseId() == null ? null : courseTypes.computeIfAbsent(t.courseId(),
                            id -> courses.course(id).map(Course::trainingType).orElse(null));
            slices.computeIfAbsent(t.obligationId(), k -> new ArrayList<>())
                    .add(new LedgerSlice(t.mode(), type, t.time()));
        }
        LocalDate today = PlatformClock.today();
        Map<Long, ProgressViews.Progress> result = new HashMap<>();
        for (TrainingObligation o : obligations) {
            TrainingRequirement r = o.requirement();
            StudyRules rules = rulesSource.rulesFor(r.region());
            RequirementProgress p = r.progress(slices.getOrDefault(o.id(), List.of()), rules.creditHour());
            result.put(o.id(), view(o, p, rules, today));
        }
        return result;
    }

    static ProgressViews.Progress view(TrainingObligation o, RequirementProgress p, StudyRules rules,
                                       LocalDate today) {
        TrainingRequirement r = o.requirement();
        BigDecimal capShare = r.onlineRule().capShare();
        return new ProgressViews.Progress(o.publicId(), r.code(), r.name(), r.situation().name(), r.requiredHours(),
                rules.toCreditHours(p.counted()), rules.toCreditHours(p.onlineStudied()),
                rules.toCreditHours(p.onlineCounted()), rules.toCreditHours(p.classroom()),
                rules.toCreditHours(p.practical()), roundUp(p.remaining(), rules), p.percent(), p.complete(),
                o.behind(p, today), !p.complete() && today.isAfter(o.dueDate()), o.windowStart(), o.dueDate(),
                r.onlineRule().weight(), capShare.movePointRight(2).intValue(),
                r.requiredHours().multiply(capShare).doubleValue());
    }

    /** Hours still missing, rounded up to 0.1 (never shown as done while something is missing). */
    private static double roundUp(Duration remaining, StudyRules rules) {
        return Math.ceil(remaining.toMillis() * 10.0 / rules.creditHour().toMillis()) / 10.0;
    }
}
