package net.safeskill.lms.bench.heartbeat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The people and the course the heartbeat benchmark studies with, written straight into the production schema (after
 * the production Flyway migrations) before the platform starts: one Suzhou enterprise whose {@code learners} workers
 * (accounts {@code bench00001}…, role LEARNER, a valid GB 11643 resident ID each) are all enrolled in one listed course
 * with a four-hour video lesson, and the Suzhou study profile with the platform's default rules except that presence
 * checks come every 60–120 minutes — so that a run of a few minutes measures heartbeats, not typed challenges.
 */
final class StudyLoadData {

    static final String PASSWORD = "Bench@2026";
    static final String USER_PREFIX = "bench";
    static final long LESSON_SECONDS = 4 * 3600;

    /** PBKDF2 work for the bench accounts: low, so that logging thousands of people in is not the benchmark. */
    private static final int HASH_ITERATIONS = 1000;

    private final int learners;
    private String lessonPublicId;

    StudyLoadData(int learners) {
        this.learners = learners;
    }

    String lessonPublicId() {
        return lessonPublicId;
    }

    static String username(int i) {
        return USER_PREFIX + String.format("%05d", i);
    }

    void insert(Connection c) throws SQLException {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        long enterprise = organisation(c, "基准测试化工有限公司", "ENTERPRISE", "91320500MA1BENCH01", now);
        long institution = organisation(c, "基准测试安全培训学校", "TRAINING_INSTITUTION", "52320500MA1BENCH02", now);
        long course;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO course (public_id, lineage_id, revision, "
                + "institution_id, title, description, industry, training_type, target_posts, credit_hours, teachers, "
                + "status, listed_at, created_at, created_by, updated_at, version) VALUES (?, ?, 1, ?, ?, ?, "
                + "'CHEMICALS', 'ANNUAL_REFRESHER', 'SPECIAL_OPERATOR', 8.0, '基准讲师', 'LISTED', ?, ?, "
                + "'bench', ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
            String id = UUID.randomUUID().toString();
            s.setString(1, id);
            s.setString(2, id);
            s.setLong(3, institution);
            s.setString(4, "危险化学品动火作业安全（心跳基准）");
            s.setString(5, "心跳基准测试用课程：一节四小时的视频课。");
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.setTimestamp(8, now);
            course = insertReturningId(s);
        }
        lessonPublicId = UUID.randomUUID().toString();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO lesson (public_id, course_id, ordinal, title, kind, "
                + "length_seconds, storage_key, media_type, size_bytes, original_name) VALUES (?, ?, 1, ?, 'VIDEO', ?, "
                + "?, 'video/mp4', 1000000, 'bench.mp4')")) {
            s.setString(1, lessonPublicId);
            s.setLong(2, course);
            s.setString(3, "动火作业票证与监护");
            s.setLong(4, LESSON_SECONDS);
            s.setString(5, "bench/" + lessonPublicId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO study_profile (region, max_credit_per_beat_s, "
                + "max_playback_rate, seek_tolerance_s, presence_min_s, presence_max_s, presence_answer_s, "
                + "presence_tries, daily_cap_minutes, credit_hour_minutes, updated_at, updated_by, version) "
                + "VALUES ('SUZHOU', 30, 1.00, 5, 3600, 7200, 90, 3, 480, 45, ?, 'bench', 0)")) {
            s.setTimestamp(1, now);
            s.executeUpdate();
        }
        String hash = hash(PASSWORD);
        try (PreparedStatement person = c.prepareStatement("INSERT INTO person (public_id, resident_id, full_name, "
                + "mobile, birth_date, gender, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement account = c.prepareStatement("INSERT INTO account (person_id, username, password_hash, "
                     + "enabled, must_change_password, created_at, version) VALUES (?, ?, ?, TRUE, FALSE, ?, 0)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement role = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, "
                     + "'LEARNER')");
             PreparedStatement employment = c.prepareStatement("INSERT INTO employment (public_id, person_id, "
                     + "organisation_id, post, post_category, employment_type, start_date, created_at, created_by, "
                     + "version) VALUES (?, ?, ?, '动火作业人员', 'SPECIAL_OPERATOR', 'DIRECT', ?, ?, 'bench', 0)");
             PreparedStatement enrolment = c.prepareStatement("INSERT INTO enrolment (public_id, person_id, course_id, "
                     + "origin, organisation_id, enrolled_at, enrolled_by, version) VALUES (?, ?, ?, 'ASSIGNED', ?, ?, "
                     + "'bench', 0)")) {
            for (int i = 1; i <= learners; i++) {
                LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(i % 12000);
                person.setString(1, UUID.randomUUID().toString());
                person.setString(2, residentId(birth, i));
                person.setString(3, "基准学员" + i);
                person.setString(4, String.format("139%08d", i));
                person.setDate(5, Date.valueOf(birth));
                person.setString(6, i % 2 == 0 ? "FEMALE" : "MALE");
                person.setTimestamp(7, now);
                long personId = insertReturningId(person);
                account.setLong(1, personId);
                account.setString(2, username(i));
                account.setString(3, hash);
                account.setTimestamp(4, now);
                role.setLong(1, insertReturningId(account));
                role.addBatch();
                employment.setString(1, UUID.randomUUID().toString());
                employment.setLong(2, personId);
                employment.setLong(3, enterprise);
                employment.setDate(4, Date.valueOf(LocalDate.now().minusYears(1)));
                employment.setTimestamp(5, now);
                employment.addBatch();
                enrolment.setString(1, UUID.randomUUID().toString());
                enrolment.setLong(2, personId);
                enrolment.setLong(3, course);
                enrolment.setLong(4, enterprise);
                enrolment.setTimestamp(5, now);
                enrolment.addBatch();
                if (i % 500 == 0) {
                    role.executeBatch();
                    employment.executeBatch();
                    enrolment.executeBatch();
                }
            }
            role.executeBatch();
            employment.executeBatch();
            enrolment.executeBatch();
        }
        c.commit();
    }

    /** Ledger rows and their credited milliseconds written by the platform (online heartbeats only exist here). */
    static long[] ledger(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(credited_ms), 0) FROM credited_period "
                     + "WHERE source = 'HEARTBEAT'")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private static long organisation(Connection c, String name, String type, String creditCode, Timestamp now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO organisation (public_id, name, org_type, "
                + "credit_code, region, active, created_at, version) VALUES (?, ?, ?, ?, 'SUZHOU', TRUE, ?, 0)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, UUID.randomUUID().toString());
            s.setString(2, name);
            s.setString(3, type);
            s.setString(4, creditCode);
            s.setTimestamp(5, now);
            return insertReturningId(s);
        }
    }

    private static long insertReturningId(PreparedStatement s) throws SQLException {
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** A unique GB 11643-1999 number: Suzhou area code, birth date, sequence (odd for men), MOD 11-2 check digit. */
    static String residentId(LocalDate birth, int i) {
        String body = "320505" + birth.toString().replace("-", "") + String.format("%03d", (i / 12000 * 2 + i % 2) % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (body.charAt(k) - '0') * weights[k];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** The stored form of Jakarta Security's Pbkdf2PasswordHash: algorithm:iterations:salt:hash (Base64). */
    static String hash(String password) {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, HASH_ITERATIONS, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:" + HASH_ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
