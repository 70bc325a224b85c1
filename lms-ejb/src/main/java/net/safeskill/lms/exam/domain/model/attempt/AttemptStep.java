package net.safeskill.lms.exam.domain.model.attempt;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One immutable entry of an attempt's log: what happened, to which item, with the page's sequence number, when by
 * the server's clock, from which device. Steps are only ever appended; proctoring events attach here later.
 */
@Entity
@Table(name = "exam_attempt_step")
public class AttemptStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
    private Attempt attempt;

    /** position in the log, 1, 2, 3 … (unique per attempt: two nodes cannot both append step n) */
    @Column(name = "ordinal", nullable = false, updatable = false)
    private int ordinal;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private StepKind kind;

    /** the paper item (0-based), for answers, flags and navigation */
    @Column(name = "item_index", updatable = false)
    private Integer itemIndex;

    /** the page's sequence number; null for server steps */
    @Column(name = "client_seq", updatable = false)
    private Long clientSeq;

    /** the answer (the whole answer to the item), "1"/"0" for a flag; null otherwise */
    @Column(name = "step_value", updatable = false, length = Attempt.MAX_ANSWER_CHARS)
    private String value;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "device", updatable = false, length = 64)
    private String device;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 16)
    private StepSource source;

    protected AttemptStep() {
        // JPA
    }

    AttemptStep(Attempt attempt, int ordinal, StepKind kind, Integer itemIndex, Long clientSeq, String value,
                Instant at, String device, StepSource source) {
        this.attempt = Objects.requireNonNull(attempt, "attempt");
        this.ordinal = ordinal;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.itemIndex = itemIndex;
        this.clientSeq = clientSeq;
        this.value = value;
        this.at = Objects.requireNonNull(at, "at");
        this.device = device;
        this.source = Objects.requireNonNull(source, "source");
    }

    public int ordinal() {
        return ordinal;
    }

    public StepKind kind() {
        return kind;
    }

    public Integer itemIndex() {
        return itemIndex;
    }

    public Long clientSeq() {
        return clientSeq;
    }

    public String value() {
        return value;
    }

    public Instant at() {
        return at;
    }

    public String device() {
        return device;
    }

    public StepSource source() {
        return source;
    }
}
