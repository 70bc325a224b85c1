package net.safeskill.lms.bank.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import net.safeskill.lms.bank.domain.KnowledgePointRepository;
import net.safeskill.lms.bank.domain.QuestionCriteria;
import net.safeskill.lms.bank.domain.QuestionRepository;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgeTree;
import net.safeskill.lms.bank.domain.model.question.Question;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.bank.domain.model.transfer.ExcelFormat;
import net.safeskill.lms.bank.domain.model.transfer.ImportIssue;
import net.safeskill.lms.bank.domain.model.transfer.ImportPreview;
import net.safeskill.lms.bank.domain.model.transfer.QuestionDraft;
import net.safeskill.lms.bank.domain.model.transfer.QuestionExport;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * Import and export of the caller's bank (题目导入导出, E2) in the {@link BankFormat formats} of the domain.
 *
 * <p>{@link #preview} reads a file and saves nothing: the questions, the problems by line or row (the format's own,
 * plus knowledge point codes the caller's tree does not have) and the duplicates, against the stems already in the
 * caller's bank. {@link #commit} reads the same bytes again — nothing the browser kept is trusted — and saves every
 * question as a draft in one transaction, or nothing: it refuses a file whose preview has any problem, and any broken
 * rule while saving rolls the whole import back. Duplicates are skipped unless the options ask for them.
 * {@link #export} writes the questions a filter selects and audits the read.
 *
 * <p>Access (教考分离): as {@link QuestionBankService}, through {@link BankAccessGuard}.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
        Roles.REGULATOR, Roles.SYSTEM_ADMIN})
@Interceptors(BankAccessGuard.class)
public class QuestionImportService {

    @Inject
    private QuestionRepository questions;

    @Inject
    private KnowledgePointRepository knowledgePoints;

    @Inject
    private BankCaller caller;

    /** Reads an upload without saving anything. */
    public ImportPreview preview(BankFormat format, byte[] input) {
        return read(caller.owner(), format, input);
    }

    /**
     * Saves the questions of an upload as drafts, all or nothing.
     *
     * @throws DomainException {@code bank.import.notAcceptable} when the preview has problems or no question,
     *                         {@code bank.import.industryRequired} / {@code bank.import.operationItemRequired} when a
     *                         question's file does not say and the options give none, or the rule a question breaks
     */
    public BankViews.ImportResult commit(BankFormat format, byte[] input, BankViews.ImportOptions options) {
        long owner = caller.owner();
        ImportPreview preview = read(owner, format, input);
        if (!preview.acceptable()) {
            throw new DomainException("bank.import.notAcceptable", preview.issues().size());
        }
        BankViews.ImportOptions opts = options == null ? new BankViews.ImportOptions(null, null, null, false)
                : options;
        Set<Integer> duplicateLines = new HashSet<>();
        preview.duplicates().forEach(d -> duplicateLines.add(d.line()));
        List<String> created = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        Instant now = Instant.now();
        String by = caller.username();
        for (ImportPreview.Line line : preview.questions()) {
            if (!opts.includeDuplicates() && duplicateLines.contains(line.line())) {
                skipped.add(line.line());
                continue;
            }
            QuestionDraft draft = line.draft();
            Industry industry = draft.industry() != null ? draft.industry() : opts.industry();
            if (industry == null) {
                throw new DomainException("bank.import.industryRequired", line.line());
            }
            String item = draft.operationItem() != null ? draft.operationItem() : opts.operationItem();
            if (item == null || item.isBlank()) {
                throw new DomainException("bank.import.operationItemRequired", line.line());
            }
            Question q = new Question(owner, industry, item, content(format, draft.content(), opts), now, by);
            questions.store(q);
            created.add(q.publicId());
        }
        caller.changed(BankCaller.QUESTION, null, "import " + format + ": " + created.size() + " created, "
                + skipped.size() + " duplicates skipped");
        return new BankViews.ImportResult(created, skipped);
    }

    /** Writes the caller's questions that meet the criteria (audited as a read of each of them). */
    public BankViews.ExportFile export(BankFormat format, QuestionCriteria criteria) {
        long owner = caller.owner();
        QuestionCriteria c = criteria == null ? QuestionCriteria.all() : criteria;
        if (!c.knowledgePoints().isEmpty()) {
            c = c.withSubtrees(KnowledgeTree.of(knowledgePoints.tree(owner)));
        }
        List<Question> found = questions.matching(owner, c);
        List<QuestionDraft> drafts = found.stream().map(q -> new QuestionDraft(q.industry(), q.operationItem(), null,
                q.current().content())).toList();
        QuestionExport export = format.format().write(drafts);
        caller.read(null, QuestionBankService.auditDetail("export " + format, criteria, found));
        return new BankViews.ExportFile("questions." + format.extension(), format.mediaType(), export.content(),
                drafts.size() - export.skipped().size(), export.skipped());
    }

    /** The empty Excel template with its instructions sheet. */
    public byte[] excelTemplate() {
        return new ExcelFormat().template();
    }

    private ImportPreview read(long owner, BankFormat format, byte[] input) {
        if (format == null) {
            throw new DomainException("bank.import.format");
        }
        ImportPreview preview = format.format().read(input == null ? new byte[0] : input,
                questions.normalisedStems(owner));
        KnowledgeTree tree = KnowledgeTree.of(knowledgePoints.tree(owner));
        List<ImportIssue> unknown = new ArrayList<>();
        for (ImportPreview.Line line : preview.questions()) {
            line.draft().content().knowledgePoints().stream().filter(code -> !tree.contains(code))
                    .forEach(code -> unknown.add(ImportIssue.of(line.line(), null, "bank.knowledgePoint.unknown",
                            code)));
        }
        if (unknown.isEmpty()) {
            return preview;
        }
        List<ImportIssue> issues = new ArrayList<>(preview.issues());
        unknown.stream().limit(Math.max(0, ImportPreview.MAX_ISSUES - issues.size())).forEach(issues::add);
        return new ImportPreview(preview.questions(), issues, preview.duplicates());
    }

    private static RevisionContent content(BankFormat format, RevisionContent read, BankViews.ImportOptions opts) {
        if (format.carriesDifficulty() || opts.difficulty() == null) {
            return read;
        }
        return new RevisionContent(read.body(), read.knowledgePoints(), opts.difficulty(), read.explanation(),
                read.imageKeys());
    }
}
