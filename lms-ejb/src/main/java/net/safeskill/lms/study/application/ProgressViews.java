package net.safeskill.lms.study.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the requirement, assignment and progress pages get to see and send. Hours are credit hours (学时) of the
 * region's profile, rounded down to 0.1 (nobody is shown more than the ledger credits).
 */
public final class ProgressViews {

    private ProgressViews() {
    }

    /** A region's study profile (the rules heartbeats are credited by), in the units people configure. */
    public record ProfileView(String region, boolean configured, int maxCreditPerBeatSeconds,
                              BigDecimal maxPlaybackRate, int seekToleranceSeconds, int presenceMinMinutes,
                              int presenceMaxMinutes, int presenceAnswerSeconds, int presenceTries,
                              BigDecimal dailyCapHours, int creditHourMinutes) implements Serializable {
    }

    /** A training requirement; the online cap as a percentage of the required hours. */
    public record RequirementView(String id, String region, String code, String name, String situation,
                                  List<String> countedTypes, List<String> postCategories, BigDecimal requiredHours,
                                  BigDecimal onlineWeight, BigDecimal onlineCapPercent, int windowMonths,
                                  Integer validityMonths, String basis, boolean active, Instant updatedAt,
                                  String updatedBy) implements Serializable {
    }

    /** A requirement as the regulator types it: the online cap in percent of the required hours (0..100). */
    public record RequirementCommand(String code, String name, String situation, Set<String> countedTypes,
                                     Set<String> postCategories, BigDecimal requiredHours, BigDecimal onlineWeight,
                                     BigDecimal onlineCapPercent, Integer windowMonths, Integer validityMonths,
                                     String basis) implements Serializable {
    }

    /**
     * One person's progress toward one obligation, derived from the ledger: counted = classroom + practical +
     * min(online x weight, cap), with the due date and whether the person is behind (due date passed, or projected
     * late: less done than the share of the window used, with 10 points' grace).
     */
    public record Progress(String obligation, String requirementCode, String requirementName, String situation,
                           BigDecimal requiredHours, double countedHours, double onlineStudiedHours,
                           double onlineCountedHours, double classroomHours, double practicalHours,
                           double remainingHours, int percent, boolean complete, boolean behind, boolean overdue,
                           LocalDate windowStart, LocalDate dueDate, BigDecimal onlineWeight, int onlineCapPercent,
                           double onlineCapHours) implements Serializable {
    }

    public record EmployeeProgress(String person, String fullName, String maskedResidentId, String postCategory,
                                   Progress progress) implements Serializable {
    }

    /** How an enterprise's people stand on one requirement: complete, on track, behind. */
    public record RequirementSummary(String code, String name, int people, int complete, int onTrack, int behind,
                                     int averagePercent) implements Serializable {
    }

    public record EnterpriseProgress(List<EmployeeProgress> rows, List<RequirementSummary> summaries)
            implements Serializable {
    }

    /** A classroom or practical session a learner was credited for. */
    public record AttendedSession(String classTitle, String trainingType, LocalDate date, String mode,
                                  double creditHours) implements Serializable {
    }

    public record EmployeeChoice(String employment, String fullName, String maskedResidentId, String post,
                                 String postCategory) implements Serializable {
    }

    public record CourseChoice(String id, String title, String trainingType, BigDecimal creditHours)
            implements Serializable {
    }

    public record RequirementChoice(String id, String name, String situation, BigDecimal requiredHours,
                                    int windowMonths, List<String> postCategories) implements Serializable {
    }

    /** Whom an assignment is for: chosen employments, or everyone of a post category, or everyone. */
    public record Target(Set<String> employments, String postCategory, boolean everyone) implements Serializable {
    }

    /** What an assignment did: assigned, skipped because the requirement is not for their post, already assigned. */
    public record AssignmentResult(int assigned, int notApplicable, int alreadyAssigned) implements Serializable {
    }
}
