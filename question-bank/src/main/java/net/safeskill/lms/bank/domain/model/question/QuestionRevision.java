package net.safeskill.lms.bank.domain.model.question;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
 * One revision of a question (题目版本, E1): its number and its {@link RevisionContent}. Papers point at revisions, so
 * a revision that a published paper uses never changes again — the {@link Question} then starts a new revision. Only
 * the current revision of a question that no paper uses is changed in place, through {@link Question#revise}.
 */
@Entity
@Table(name = "question_revision")
public class QuestionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private Question question;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private QuestionType type;

    @Convert(converter = QuestionBodyCodec.class)
    @Column(name = "body", nullable = false, length = 200_000)
    private QuestionBody body;

    @Column(name = "normalised_stem", nullable = false, length = QuestionBody.MAX_STEM)
    private String normalisedStem;

    /** Comma-separated, sorted knowledge point codes. */
    @Column(name = "knowledge_points", nullable = false, length = 500)
    private String knowledgePoints;

    @Column(name = "difficulty", nullable = false)
    private int difficulty;

    @Column(name = "explanation", length = RevisionContent.MAX_EXPLANATION)
    private String explanation;

    /** Comma-separated storage keys. */
    @Column(name = "image_keys", nullable = false, length = 1000)
    private String imageKeys;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false, length = 40)
    private String writtenBy;

    protected QuestionRevision() {
        // for JPA
    }

    QuestionRevision(Question question, int number, RevisionContent content, Instant now, String by) {
        this.question = Objects.requireNonNull(question, "question");
        this.number = number;
        write(content, now, by);
    }

    /** Replaces the content; only {@link Question#revise} calls this, and only while no paper uses the revision. */
    void write(RevisionContent content, Instant now, String by) {
        Objects.requireNonNull(content, "content");
        this.type = content.type();
        this.body = content.body();
        this.normalisedStem = body.normalisedStem();
        this.knowledgePoints = String.join(",", content.knowledgePoints());
        this.difficulty = content.difficulty();
        this.explanation = content.explanation();
        this.imageKeys = String.join(",", content.imageKeys());
        this.writtenAt = Objects.requireNonNull(now, "now");
        this.writtenBy = Objects.requireNonNull(by, "by");
    }

    public RevisionContent content() {
        return new RevisionContent(body, new TreeSet<>(split(knowledgePoints)), difficulty, explanation,
                split(imageKeys));
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    public Long id() {
        return id;
    }

    public Question question() {
        return question;
    }

    public int number() {
        return number;
    }

    public QuestionType type() {
        return type;
    }

    public QuestionBody body() {
        return body;
    }

    public String normalisedStem() {
        return normalisedStem;
    }

    public int difficulty() {
        return difficulty;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String writtenBy() {
        return writtenBy;
    }
}
