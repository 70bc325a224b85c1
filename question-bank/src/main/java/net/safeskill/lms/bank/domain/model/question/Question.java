package net.safeskill.lms.bank.domain.model.question;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * A question of the bank (试题, E1), owned by an exam authority (考试机构) — never by a training institution
 * (教考分离, E4). It belongs to an industry and an operation item (作业类别/操作项目) and keeps every revision it had:
 * papers refer to revisions, so what a candidate was asked never changes afterwards.
 *
 * <p>Life: {@link QuestionStatus#DRAFT} → {@link #review reviewed} by someone other than its last author →
 * {@link #retire retired}. Changing a reviewed question sends it back to draft until it is reviewed again; a retired
 * question changes no more.
 */
@Entity
@Table(name = "question")
public class Question {

    public static final int MAX_OPERATION_ITEM = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    /** The exam authority organisation that owns the question. */
    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry", nullable = false, length = 32)
    private Industry industry;

    @Column(name = "operation_item", nullable = false, length = MAX_OPERATION_ITEM)
    private String operationItem;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private QuestionStatus status;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<QuestionRevision> revisions = new ArrayList<>();

    /** The current revision's normalised stem, kept here for duplicate look-ups. */
    @Column(name = "normalised_stem", nullable = false, length = QuestionBody.MAX_STEM)
    private String normalisedStem;

    @Column(name = "reviewed_by", length = 40)
    private String reviewedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Question() {
        // for JPA
    }

    public Question(long ownerId, Industry industry, String operationItem, RevisionContent content, Instant now,
            String by) {
        this.publicId = UUID.randomUUID().toString();
        this.ownerId = ownerId;
        this.status = QuestionStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now, "now");
        classify(industry, operationItem, now);
        QuestionRevision first = new QuestionRevision(this, 1, content, now, by);
        revisions.add(first);
        this.normalisedStem = first.normalisedStem();
    }

    /** Changes industry and operation item (not part of a revision: papers do not show them). */
    public void classify(Industry newIndustry, String newOperationItem, Instant now) {
        requireNotRetired();
        this.industry = Objects.requireNonNull(newIndustry, "industry");
        this.operationItem = DomainText.required(newOperationItem, MAX_OPERATION_ITEM, "bank.question.operationItem");
        this.updatedAt = now;
    }

    /**
     * Edits the question. When the current revision is used by a published paper it stays as it is and a new revision
     * is added; otherwise the current revision is rewritten in place. A reviewed question goes back to draft.
     *
     * @param currentUsedByPaper whether a published paper refers to the {@link #current() current} revision
     * @return the revision that now holds {@code content} (the new one, or the rewritten current one)
     * @throws DomainException {@code bank.question.status} for a retired question
     */
    public QuestionRevision revise(RevisionContent content, boolean currentUsedByPaper, Instant now, String by) {
        requireNotRetired();
        QuestionRevision revision;
        if (currentUsedByPaper) {
            revision = new QuestionRevision(this, current().number() + 1, content, now, by);
            revisions.add(revision);
        } else {
            revision = current();
            revision.write(content, now, by);
        }
        this.normalisedStem = revision.normalisedStem();
        this.status = QuestionStatus.DRAFT;
        this.reviewedBy = null;
        this.updatedAt = now;
        return revision;
    }

    /**
     * A second person checks the draft and admits it to papers.
     *
     * @throws DomainException {@code bank.question.status} unless it is a draft, {@code bank.question.selfReview} when
     *                         the reviewer wrote the current revision
     */
    public void review(String reviewer, Instant now) {
        requireStatus(QuestionStatus.DRAFT);
        if (Objects.requireNonNull(reviewer, "reviewer").equals(current().writtenBy())) {
            throw new DomainException("bank.question.selfReview");
        }
        this.status = QuestionStatus.REVIEWED;
        this.reviewedBy = reviewer;
        this.updatedAt = now;
    }

    /** Takes a reviewed question out of future papers; papers that used it keep it. */
    public void retire(Instant now) {
        requireStatus(QuestionStatus.REVIEWED);
        this.status = QuestionStatus.RETIRED;
        this.updatedAt = now;
    }

    private void requireNotRetired() {
        if (status == QuestionStatus.RETIRED) {
            throw new DomainException("bank.question.status", status.name());
        }
    }

    private void requireStatus(QuestionStatus expected) {
        if (status != expected) {
            throw new DomainException("bank.question.status", status.name());
        }
    }

    public QuestionRevision current() {
        return revisions.get(revisions.size() - 1);
    }

    public List<QuestionRevision> revisions() {
        return Collections.unmodifiableList(revisions);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public long ownerId() {
        return ownerId;
    }

    public Industry industry() {
        return industry;
    }

    public String operationItem() {
        return operationItem;
    }

    public QuestionStatus status() {
        return status;
    }

    public String normalisedStem() {
        return normalisedStem;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
