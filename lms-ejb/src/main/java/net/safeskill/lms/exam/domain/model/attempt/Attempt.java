package net.safeskill.lms.exam.domain.model.attempt;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * One candidate's attempt at one paper in one exam session (E5), kept as an append-only log of {@link AttemptStep}s.
 *
 * <p>Rules it enforces, whatever the page sends:
 * <ul>
 *   <li>The server's clock rules: the attempt starts only inside the session's window; the deadline is fixed at the
 *       start as the earlier of start + duration and the window's end; nothing is written after it, and a submit at
 *       or after it hands in what was recorded before the deadline (by the server).</li>
 *   <li>One device writes: a second device is refused or takes over (by the session's {@link TakeoverPolicy}); after
 *       a take-over the first device's steps are refused.</li>
 *   <li>Idempotent, order-safe resends: every page step carries a client sequence number; a step is written only if
 *       its number is higher than any already written for the same item and kind, otherwise it is acknowledged as
 *       {@link StepOutcome#ALREADY_RECORDED} — a resend changes nothing and an older answer never replaces a newer
 *       one, even when they arrive out of order. A lost step resent later is still written if nothing newer exists
 *       for its item.</li>
 *   <li>Handed in once: a second submit (a double click, a resend, the server's deadline job on another node) is
 *       acknowledged and changes nothing.</li>
 * </ul>
 * The current state (answers, flags, position) is a replay of the log; nothing is overwritten.
 */
@Entity
@Table(name = "exam_attempt")
public class Attempt {

    /** the longest answer a page may send for one item (a short answer or a case analysis part) */
    public static final int MAX_ANSWER_CHARS = 4000;
    public static final int MAX_DEVICE_CHARS = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "exam_session_id", nullable = false, updatable = false)
    private long examSessionId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "paper_id", nullable = false, updatable = false)
    private long paperId;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "admitted_at", nullable = false, updatable = false)
    private Instant admittedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "deadline")
    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitted_by", length = 16)
    private StepSource submittedBy;

    /** the device allowed to write (an opaque token the page keeps for this attempt) */
    @Column(name = "device", length = MAX_DEVICE_CHARS)
    private String device;

    @Column(name = "step_count", nullable = false)
    private int stepCount;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("ordinal")
    private List<AttemptStep> steps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** the replay of {@link #steps}: highest client sequence per (kind, item), answers, flags, position */
    @Transient
    private Replay replay;

    protected Attempt() {
        // JPA
    }

    private Attempt(long examSessionId, long personId, long paperId, int itemCount, Instant now) {
        if (itemCount < 1 || itemCount > 1000) {
            throw new DomainException("exam.attempt.itemCount", 1, 1000);
        }
        this.publicId = UUID.randomUUID().toString();
        this.examSessionId = examSessionId;
        this.personId = personId;
        this.paperId = paperId;
        this.itemCount = itemCount;
        this.status = AttemptStatus.ADMITTED;
        this.admittedAt = Objects.requireNonNull(now, "now");
    }

    /** A candidate admitted to a session, with the paper drawn for them; not started. */
    public static Attempt admit(long examSessionId, long personId, long paperId, int itemCount, Instant now) {
        return new Attempt(examSessionId, personId, paperId, itemCount, now);
    }

    /**
     * Opens the attempt on a device: starts it (inside the window; fixes the deadline), resumes it on the same device,
     * or lets another device take over (or refuses it) by {@code policy}.
     *
     * @return the kind of step written: STARTED, RESUMED or TAKEN_OVER
     */
    public StepKind open(String device, Instant now, Instant windowOpens, Instant windowCloses, Duration duration,
                         TakeoverPolicy policy) {
        requireDevice(device);
        Objects.requireNonNull(now, "now");
        if (status == AttemptStatus.SUBMITTED) {
            throw new DomainException("exam.attempt.submitted");
        }
        if (status == AttemptStatus.ADMITTED) {
            if (now.isBefore(windowOpens) || !now.isBefore(windowCloses)) {
                throw new DomainException("exam.attempt.outsideWindow");
            }
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new DomainException("exam.attempt.duration");
            }
            Instant end = now.plus(duration);
            this.deadline = end.isBefore(windowCloses) ? end : windowCloses;
            this.startedAt = now;
            this.status = AttemptStatus.STARTED;
            this.device = device;
            append(StepKind.STARTED, null, null, null, now, device, StepSource.CANDIDATE);
            return StepKind.STARTED;
        }
        if (!now.isBefore(deadline)) {
            throw new DomainException("exam.attempt.timeUp");
        }
        if (device.equals(this.device)) {
            append(StepKind.RESUMED, null, null, null, now, device, StepSource.CANDIDATE);
            return StepKind.RESUMED;
        }
        if (policy != TakeoverPolicy.TAKE_OVER) {
            throw new DomainException("exam.attempt.otherDevice");
        }
        this.device = device;
        append(StepKind.TAKEN_OVER, null, null, null, now, device, StepSource.CANDIDATE);
        return StepKind.TAKEN_OVER;
    }

    /** The whole answer to one item (empty: the answer is cleared). */
    public StepOutcome answer(String device, int item, long clientSeq, String value, Instant now) {
        String answer = value == null ? "" : value;
        if (answer.length() > MAX_ANSWER_CHARS) {
            throw new DomainException("exam.attempt.answerTooLong", MAX_ANSWER_CHARS);
        }
        return write(StepKind.ANSWER, device, item, clientSeq, answer, now);
    }

    public StepOutcome flag(String device, int item, long clientSeq, boolean flagged, Instant now) {
        return write(StepKind.FLAG, device, item, clientSeq, flagged ? "1" : "0", now);
    }

    public StepOutcome navigate(String device, int item, long clientSeq, Instant now) {
        return write(StepKind.NAVIGATE, device, item, clientSeq, null, now);
    }

    /**
     * The candidate hands in. Once handed in, any further submit is acknowledged without effect. At or after the
     * deadline the server hands in what was recorded in time (as it would have without the page).
     */
    public StepOutcome submit(String device, long clientSeq, Instant now) {
        if (status == AttemptStatus.SUBMITTED) {
            return StepOutcome.ALREADY_RECORDED;
        }
        if (status != AttemptStatus.STARTED) {
            throw new DomainException("exam.attempt.notStarted");
        }
        if (!now.isBefore(deadline)) {
            submitIfDue(now);
            return StepOutcome.RECORDED;
        }
        requireWriter(device);
        requireSequence(clientSeq);
        hand(now, device, clientSeq, StepSource.CANDIDATE);
        return StepOutcome.RECORDED;
    }

    /** The server's deadline job: hands the attempt in if its time is up. @return whether it did */
    public boolean submitIfDue(Instant now) {
        if (status != AttemptStatus.STARTED || now.isBefore(deadline)) {
            return false;
        }
        hand(now, null, null, StepSource.SERVER);
        return true;
    }

    private void hand(Instant now, String device, Long clientSeq, StepSource source) {
        append(StepKind.SUBMIT, null, clientSeq, null, now, device, source);
        status = AttemptStatus.SUBMITTED;
        submittedAt = now;
        submittedBy = source;
    }

    private StepOutcome write(StepKind kind, String device, int item, long clientSeq, String value, Instant now) {
        requireOpenFor(now);
        requireWriter(device);
        requireSequence(clientSeq);
        if (item < 0 || item >= itemCount) {
            throw new DomainException("exam.attempt.noSuchItem", item + 1, itemCount);
        }
        Replay r = replay();
        Long newest = r.newest.get(key(kind, item));
        if (newest != null && clientSeq <= newest) {
            return StepOutcome.ALREADY_RECORDED;
        }
        append(kind, item, clientSeq, value, now, device, StepSource.CANDIDATE);
        return StepOutcome.RECORDED;
    }

    private void requireOpenFor(Instant now) {
        if (status == AttemptStatus.ADMITTED) {
            throw new DomainException("exam.attempt.notStarted");
        }
        if (status == AttemptStatus.SUBMITTED) {
            throw new DomainException("exam.attempt.submitted");
        }
        if (!Objects.requireNonNull(now, "now").isBefore(deadline)) {
            throw new DomainException("exam.attempt.timeUp");
        }
    }

    private void requireWriter(String device) {
        requireDevice(device);
        if (!device.equals(this.device)) {
            throw new DomainException("exam.attempt.otherDevice");
        }
    }

    private static void requireDevice(String device) {
        if (device == null || device.isBlank() || device.length() > MAX_DEVICE_CHARS) {
            throw new DomainException("exam.attempt.device");
        }
    }

    private static void requireSequence(long clientSeq) {
        if (clientSeq < 1) {
            throw new DomainException("exam.attempt.sequence");
        }
    }

    private void append(StepKind kind, Integer item, Long clientSeq, String value, Instant at, String device,
                        StepSource source) {
        Replay r = replay();
        AttemptStep step = new AttemptStep(this, ++stepCount, kind, item, clientSeq, value, at, device, source);
        steps.add(step);
        r.apply(step);
    }

    private Replay replay() {
        if (replay == null) {
            replay = new Replay();
            steps.forEach(replay::apply);
        }
        return replay;
    }

    private static String key(StepKind kind, Integer item) {
        return kind == StepKind.NAVIGATE ? "NAVIGATE" : kind.name() + ":" + item;
    }

    /** The state the log adds up to. */
    private static final class Replay {
        final Map<String, Long> newest = new HashMap<>();
        final Map<Integer, String> answers = new TreeMap<>();
        final Set<Integer> flagged = new TreeSet<>();
        Integer position;
        long highestSeq;

        void apply(AttemptStep s) {
            if (s.clientSeq() != null) {
                highestSeq = Math.max(highestSeq, s.clientSeq());
            }
            if (s.itemIndex() == null || s.clientSeq() == null) {
                return;
            }
            String key = key(s.kind(), s.itemIndex());
            Long newestSeq = newest.get(key);
            if (newestSeq != null && newestSeq >= s.clientSeq()) {
                return; // never happens for steps this class wrote; kept so that a replay is order-safe too
            }
            newest.put(key, s.clientSeq());
            switch (s.kind()) {
                case ANSWER -> {
                    if (s.value() == null || s.value().isEmpty()) {
                        answers.remove(s.itemIndex());
                    } else {
                        answers.put(s.itemIndex(), s.value());
                    }
                }
                case FLAG -> {
                    if ("1".equals(s.value())) {
                        flagged.add(s.itemIndex());
                    } else {
                        flagged.remove(s.itemIndex());
                    }
                }
                case NAVIGATE -> position = s.itemIndex();
                default -> {
                    // other kinds carry no item state
                }
            }
        }
    }

    /** @return the current answer of each answered item (0-based index → answer) */
    public Map<Integer, String> answers() {
        return Collections.unmodifiableMap(replay().answers);
    }

    public Set<Integer> flagged() {
        return Collections.unmodifiableSet(replay().flagged);
    }

    /** @return the item the candidate was last on, or null */
    public Integer position() {
        return replay().position;
    }

    /** @return the sequence number the page should continue from (after a reload or on a new device) */
    public long nextClientSeq() {
        return replay().highestSeq + 1;
    }

    /** @return time left by the server's clock; zero once the deadline has passed or the attempt is handed in */
    public Duration remaining(Instant now) {
        if (status != AttemptStatus.STARTED || !now.isBefore(deadline)) {
            return Duration.ZERO;
        }
        return Duration.between(now, deadline);
    }

    public List<AttemptStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public long examSessionId() {
        return examSessionId;
    }

    public long personId() {
        return personId;
    }

    public long paperId() {
        return paperId;
    }

    public int itemCount() {
        return itemCount;
    }

    public AttemptStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public StepSource submittedBy() {
        return submittedBy;
    }
}
