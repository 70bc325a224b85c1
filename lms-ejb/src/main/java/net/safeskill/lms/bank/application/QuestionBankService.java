package net.safeskill.lms.bank.application;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import net.safeskill.lms.bank.domain.KnowledgePointRepository;
import net.safeskill.lms.bank.domain.QuestionCriteria;
import net.safeskill.lms.bank.domain.QuestionRepository;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgePoint;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;
import net.safeskill.lms.bank.domain.model.question.Question;
import net.safeskill.lms.bank.domain.model.question.QuestionRevision;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * The exam authority's question bank (题库, E1): questions with their revisions, review by a second exam
 * administrator, retirement, the list with its filters, and the knowledge point tree. Everything is scoped to the
 * caller's exam authority; another authority's question answers "not found".
 *
 * <p>Access (教考分离): {@code @RolesAllowed} admits every signed-in role so that {@link BankAccessGuard} can refuse
 * and audit everybody but an exam authority's exam administrator (see there why). Every read of questions — the
 * list, one question, an export — is audited as {@code BANK_READ}; every change as {@code BANK_CHANGED}.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
        Roles.REGULATOR, Roles.SYSTEM_ADMIN})
@Interceptors(BankAccessGuard.class)
public class QuestionBankService {

    /** At most this many question ids are named in one read's audit detail (the rest are counted). */
    static final int AUDITED_IDS = 20;

    @Inject
    private QuestionRepository questions;

    @Inject
    private KnowledgePointRepository knowledgePoints;

    @Inject
    private BankCaller caller;

    /** Writes a new question as a draft; its knowledge points must be in the caller's tree. */
    public String create(BankViews.QuestionCommand cmd) {
        long owner = caller.owner();
        requireKnownPoints(owner, cmd.content());
        Question q = new Question(owner, cmd.industry(), cmd.operationItem(), cmd.content(), Instant.now(),
                caller.username());
        questions.store(q);
        caller.changed(BankCaller.QUESTION, q.publicId(), "created " + cmd.content().type());
        return q.publicId();
    }

    /**
     * Edits a question: classification and content. When a paper uses the current revision, a new revision holds the
     * change and the paper keeps the old one; the question goes back to draft either way.
     *
     * @return the number of the revision that now holds the content
     */
    public int edit(String publicId, BankViews.QuestionCommand cmd) {
        long owner = caller.owner();
        Question q = own(owner, publicId);
        requireKnownPoints(owner, cmd.content());
        Instant now = Instant.now();
        q.classify(cmd.industry(), cmd.operationItem(), now);
        boolean used = questions.isUsedByPaper(q.current().id());
        QuestionRevision revision = q.revise(cmd.content(), used, now, caller.username());
        caller.changed(BankCaller.QUESTION, publicId, (used ? "new revision " : "revised ") + revision.number());
        return revision.number();
    }

    /** Admits a draft to papers; the reviewer must not be the one who wrote its current revision. */
    public void review(String publicId) {
        Question q = own(caller.owner(), publicId);
        q.review(caller.username(), Instant.now());
        caller.changed(BankCaller.QUESTION, publicId, "reviewed revision " + q.current().number());
    }

    public void retire(String publicId) {
        Question q = own(caller.owner(), publicId);
        q.retire(Instant.now());
        caller.changed(BankCaller.QUESTION, publicId, "retired");
    }

    /** One question in full (audited). */
    public BankViews.QuestionDetail question(String publicId) {
        Question q = own(caller.owner(), publicId);
        QuestionRevision r = q.current();
        caller.read(publicId, "view revision " + r.number());
        return new BankViews.QuestionDetail(q.publicId(), q.industry(), q.operationItem(), q.status(), r.number(),
                q.revisions().size(), r.content(), r.writtenBy(), r.writtenAt(), q.reviewedBy(),
                questions.isUsedByPaper(r.id()));
    }

    /**
     * The caller's questions that meet the criteria (audited with the filter and the questions listed). A knowledge
     * point filter includes the points below it.
     */
    public List<BankViews.QuestionSummary> list(QuestionCriteria criteria) {
        long owner = caller.owner();
        List<Question> found = questions.matching(owner, expand(owner, criteria));
        caller.read(null, auditDetail("list", criteria, found));
        return found.stream().map(BankViews.QuestionSummary::of).toList();
    }

    /** The caller's knowledge point tree, roots first. */
    public List<BankViews.KnowledgePointView> knowledgeTree() {
        return knowledgePoints.tree(caller.owner()).stream().map(BankViews.KnowledgePointView::of).toList();
    }

    /** Adds a point under {@code parentCode} ({@code null}: a root). */
    public void addKnowledgePoint(String parentCode, String code, String name) {
        long owner = caller.owner();
        String clean = KnowledgePoint.requireCode(code);
        if (knowledgePoints.find(owner, clean).isPresent()) {
            throw new DomainException("bank.knowledgePoint.exists", clean);
        }
        KnowledgePoint point = parentCode == null || parentCode.isBlank() ? new KnowledgePoint(owner, clean, name)
                : new KnowledgePoint(point(owner, parentCode), clean, name);
        knowledgePoints.store(point);
        caller.changed("KnowledgePoint", clean, "added " + point.name());
    }

    public void renameKnowledgePoint(String code, String name) {
        KnowledgePoint point = point(caller.owner(), code);
        point.rename(name);
        caller.changed("KnowledgePoint", point.code(), "renamed " + point.name());
    }

    /** Moves a point with its subtree under {@code newParentCode} ({@code null}: makes it a root). */
    public void moveKnowledgePoint(String code, String newParentCode) {
        long owner = caller.owner();
        KnowledgePoint point = point(owner, code);
        point.moveUnder(newParentCode == null || newParentCode.isBlank() ? null : point(owner, newParentCode));
        caller.changed("KnowledgePoint", point.code(), "moved under " + newParentCode);
    }

    /** Removes a point that has no children and that no question's current revision is tagged with. */
    public void removeKnowledgePoint(String code) {
        long owner = caller.owner();
        KnowledgePoint point = point(owner, code);
        if (questions.usesKnowledgePoint(owner, point.code())) {
            throw new DomainException("bank.knowledgePoint.inUse", point.code());
        }
        point.detach();
        knowledgePoints.remove(point);
        caller.changed("KnowledgePoint", point.code(), "removed");
    }

    private KnowledgePoint point(long owner, String code) {
        return knowledgePoints.find(owner, code == null ? "" : code.strip())
                .orElseThrow(() -> new DomainException("bank.knowledgePoint.unknown", code));
    }

    private Question own(long owner, String publicId) {
        return questions.find(owner, publicId == null ? "" : publicId)
                .orElseThrow(() -> new DomainException("bank.question.notFound"));
    }

    private void requireKnownPoints(long owner, RevisionContent content) {
        if (content == null || content.knowledgePoints().isEmpty()) {
            return;
        }
        KnowledgeTree tree = KnowledgeTree.of(knowledgePoints.tree(owner));
        content.knowledgePoints().stream().filter(c -> !tree.contains(c)).findFirst().ifPresent(c -> {
            throw new DomainException("bank.knowledgePoint.unknown", c);
        });
    }

    /** The criteria with each knowledge point replaced by its subtree in the caller's tree. */
    private QuestionCriteria expand(long owner, QuestionCriteria c) {
        QuestionCriteria criteria = c == null ? QuestionCriteria.all() : c;
        return criteria.knowledgePoints().isEmpty() ? criteria
                : criteria.withSubtrees(KnowledgeTree.of(knowledgePoints.tree(owner)));
    }

    /** The audit detail of a read: what was done, the filter, how many questions and the first of their ids. */
    static String auditDetail(String what, QuestionCriteria criteria, List<Question> found) {
        StringBuilder s = new StringBuilder(what).append(' ')
                .append(criteria == null ? QuestionCriteria.all().description() : criteria.description())
                .append(" -> ").append(found.size()).append(':');
        found.stream().limit(AUDITED_IDS).forEach(q -> s.append(' ').append(q.publicId()));
        if (found.size() > AUDITED_IDS) {
            s.append(" …");
        }
        return s.toString();
    }
}
