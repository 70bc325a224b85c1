package net.safeskill.lms.study.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the institution's class pages get to see and send (plain records; personal numbers masked). */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A class in a list: its dates, its phase (UPCOMING / RUNNING / ENDED) and how far its attendance is. */
    public record ClassSummary(String id, String title, String trainingType, String courseTitle, LocalDate startDate,
                               LocalDate endDate, int capacity, int enrolled, int sessions, int confirmedSessions,
                               String phase) implements Serializable {
    }

    public record RosterMember(String person, String fullName, String maskedResidentId, String employer,
                               Instant addedAt) implements Serializable {
    }

    /** A session: length in credit hours (学时), whether its attendance is confirmed, and the counts marked. */
    public record SessionView(String id, LocalDate date, LocalTime start, LocalTime end, String mode, String location,
                              String teacher, double creditHours, boolean confirmed, int present, int late,
                              int absent) implements Serializable {
    }

    public record ClassDetail(ClassSummary summary, List<RosterMember> roster, List<SessionView> sessions,
                              boolean rosterEditable, boolean canEnrol) implements Serializable {
    }

    /** One person on an attendance sheet: their mark (null: not marked yet) and the hours it credits or credited. */
    public record SheetLine(String person, String fullName, String maskedResidentId, String employer, String status,
                            int lateMinutes, double creditHours) implements Serializable {
    }

    public record AttendanceSheet(String session, String classId, String classTitle, LocalDate date, LocalTime start,
                                  LocalTime end, String mode, String location, String teacher, double sessionHours,
                                  boolean confirmed, Instant confirmedAt, String confirmedBy, boolean canMark,
                                  boolean canConfirm, List<SheetLine> lines) implements Serializable {
    }

    /** Something to choose from a list: a course, an enterprise. */
    public record Choice(String id, String label) implements Serializable {
    }

    public record NewClass(String title, String trainingType, String course, LocalDate startDate, LocalDate endDate,
                           int capacity) implements Serializable {
    }

    public record NewSession(LocalDate date, LocalTime start, LocalTime end, String mode, String location,
                             String teacher) implements Serializable {
    }

    /** A mark sent from the sheet: status PRESENT / LATE / ABSENT, minutes when late. */
    public record Mark(String person, String status, Integer lateMinutes) implements Serializable {
    }
}
