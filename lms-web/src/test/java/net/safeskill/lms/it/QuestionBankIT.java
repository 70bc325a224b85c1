package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.safeskill.lms.audit.application.AuditEntryView;
import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.bank.application.BankFormat;
import net.safeskill.lms.bank.application.BankViews;
import net.safeskill.lms.bank.application.QuestionBankService;
import net.safeskill.lms.bank.application.QuestionImportService;
import net.safeskill.lms.bank.domain.PaperRepository;
import net.safeskill.lms.bank.domain.QuestionCriteria;
import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.bank.domain.model.paper.Paper;
import net.safeskill.lms.bank.domain.model.paper.PaperItem;
import net.safeskill.lms.bank.domain.model.question.Blank;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionRevision;
import net.safeskill.lms.bank.domain.model.question.QuestionStatus;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.bank.domain.model.transfer.ImportPreview;
import net.safeskill.lms.bank.domain.model.transfer.MoodleXmlFormat;
import net.safeskill.lms.bank.domain.model.transfer.QuestionDraft;
import net.safeskill.lms.identity.application.Commands;
import net.safeskill.lms.identity.application.IdentityAdminService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.it.support.AsExamAdmin;
import net.safeskill.lms.it.support.AsExamReviewer;
import net.safeskill.lms.it.support.AsInstitution;
import net.safeskill.lms.it.support.AsRegulator;
import net.safeskill.lms.it.support.AsSysadmin;
import net.safeskill.lms.it.support.AsWorker;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;
import net.safeskill.lms.it.support.RunAsCaller;
import net.safeskill.lms.it.support.TestPeople;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * The question bank through the real services, roles and transactions: questions are written, reviewed by a second
 * exam admin and revised (a new revision once a paper uses one); imports show row problems and duplicates and save
 * all or nothing; an export imports back unchanged; every read is audited; and nobody but the exam authority's exam
 * admins reaches the bank (教考分离), each refused attempt audited.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class QuestionBankIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.platformWithTests(QuestionBankIT.class);
    }

    @Inject QuestionBankService bank;
    @Inject QuestionImportService transfer;
    @Inject PaperRepository papers;
    @Inject IdentityAdminService identityAdmin;
    @Inject AuditLog audit;
    @Inject AsExamAdmin asExamAdmin;
    @Inject AsExamReviewer asReviewer;
    @Inject AsInstitution asInstitution;
    @Inject AsRegulator asRegulator;
    @Inject AsSysadmin asSysadmin;
    @Inject AsWorker asWorker;
    @Inject UserTransaction tx;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private static String suffix() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private static String refusedWith(String code, RunAsCaller as, Callable<?> work) {
        DomainException e = assertThrows(DomainException.class, () -> as.call(work));
        assertEquals(code, e.code());
        return code;
    }

    /** The second exam admin of the demo exam authority, created once. */
    private void ensureReviewer() throws Exception {
        asSysadmin.call(() -> {
            if (identityAdmin.accounts("examreviewer").stream().noneMatch(a -> a.username().equals("examreviewer"))) {
                String authority = identityAdmin.organisations("EXAM_AUTHORITY").stream()
                        .filter(o -> o.name().equals("苏州市安全生产考试中心")).map(Views.OrganisationView::publicId)
                        .findFirst().orElseThrow();
                identityAdmin.createStaffAccount(new Commands.NewStaffAccount(authority, "EXAM_ADMIN", "钱审核",
                        TestPeople.residentId(), TestPeople.mobile(), "examreviewer"));
            }
            return null;
        });
    }

    /** A root knowledge point with one child, both new: {root, child}. */
    private String[] newPoints() throws Exception {
        String root = "T" + suffix();
        asExamAdmin.call(() -> {
            bank.addKnowledgePoint(null, root, "测试知识点 " + root);
            bank.addKnowledgePoint(root, root + ".SUB", "测试子知识点");
            return null;
        });
        return new String[] {root, root + ".SUB"};
    }

    private static BankViews.QuestionCommand single(String stem, String point) {
        return new BankViews.QuestionCommand(Industry.CHEMICALS, "危险化学品安全作业", RevisionContent.of(
                QuestionBody.singleChoice(stem, List.of("立即撤离", "继续作业", "打开门窗", "报告后离开"), 0),
                point == null ? Set.of() : Set.of(point), 2));
    }

    private long count(AuditAction action, String actor) {
        return em.createQuery("select count(a) from AuditEntry a where a.action = :a and a.actor = :u", Long.class)
                .setParameter("a", action).setParameter("u", actor).getSingleResult();
    }

    private long questionsWithStem(String normalisedStem) {
        return em.createQuery("select count(q) from Question q where q.normalisedStem = :s", Long.class)
                .setParameter("s", normalisedStem).getSingleResult();
    }

    private long revisionId(String publicId, int number) {
        return em.createQuery("select r.id from QuestionRevision r where r.question.publicId = :p and r.number = :n",
                Long.class).setParameter("p", publicId).setParameter("n", number).getSingleResult();
    }

    @Test
    void aQuestionIsReviewedBySomebodyElseAndRevisedOnceAPaperUsesIt() throws Exception {
        ensureReviewer();
        String[] kp = newPoints();
        String stem = "储罐区发生泄漏时，作业人员应（ ）。" + suffix();
        String id = asExamAdmin.call(() -> bank.create(single(stem, kp[1])));

        BankViews.QuestionDetail draft = asExamAdmin.call(() -> bank.question(id));
        assertEquals(QuestionStatus.DRAFT, draft.status());
        assertEquals(1, draft.revision());
        assertEquals("examadmin", draft.writtenBy());
        refusedWith("bank.question.selfReview", asExamAdmin, () -> {
            bank.review(id);
            return null;
        });
        asReviewer.call(() -> {
            bank.review(id);
            return null;
        });
        assertEquals(QuestionStatus.REVIEWED, asExamAdmin.call(() -> bank.question(id)).status());

        // no paper uses revision 1: an edit rewrites it and the question needs a review again
        String edited = stem + "（修订）";
        assertEquals(1, asExamAdmin.call(() -> bank.edit(id, single(edited, kp[1]))));
        assertEquals(QuestionStatus.DRAFT, asExamAdmin.call(() -> bank.question(id)).status());
        asReviewer.call(() -> {
            bank.review(id);
            return null;
        });

        // a paper takes revision 1; the next edit makes revision 2 and the paper's revision stays as it was
        long first = revisionId(id, 1);
        tx.begin();
        Paper paper = new Paper(null, List.of(new PaperItem(0, first, Points.ofWhole(2), new int[] {0, 1, 2, 3})),
                Points.ofWhole(1), 60);
        papers.store(paper);
        tx.commit();
        assertTrue(asExamAdmin.call(() -> bank.question(id)).usedByPaper());
        String revised = stem + "（第二版）";
        assertEquals(2, asExamAdmin.call(() -> bank.edit(id, single(revised, kp[0]))));
        BankViews.QuestionDetail now = asExamAdmin.call(() -> bank.question(id));
        assertEquals(2, now.revision());
        assertEquals(2, now.revisions());
        assertEquals(revised, now.content().body().stem());
        assertEquals(Set.of(kp[0]), now.content().knowledgePoints());
        assertFalse(now.usedByPaper());
        assertEquals(edited, em.find(QuestionRevision.class, first).body().stem());
        assertEquals(List.of(first), em.createQuery("select i.revisionId from Paper p join p.items i where "
                + "p.publicId = :p", Long.class).setParameter("p", paper.publicId()).getResultList());

        // a knowledge point in use is not removed; an unknown one is refused on a question
        refusedWith("bank.knowledgePoint.inUse", asExamAdmin, () -> {
            bank.removeKnowledgePoint(kp[0]);
            return null;
        });
        refusedWith("bank.knowledgePoint.unknown", asExamAdmin, () -> bank.create(single(stem + "X", "NO.SUCH")));
        String[] unused = newPoints();
        refusedWith("bank.knowledgePoint.hasChildren", asExamAdmin, () -> {
            bank.removeKnowledgePoint(unused[0]);
            return null;
        });
        asExamAdmin.call(() -> {
            bank.removeKnowledgePoint(unused[1]);
            bank.removeKnowledgePoint(unused[0]);
            return null;
        });
        assertTrue(asExamAdmin.call(() -> bank.knowledgeTree()).stream()
                .noneMatch(k -> k.code().startsWith(unused[0])));

        // retired after review; the list filters on knowledge point (with its subtree), status and text
        asReviewer.call(() -> {
            bank.review(id);
            bank.retire(id);
            return null;
        });
        List<BankViews.QuestionSummary> retired = asExamAdmin.call(() -> bank.list(new QuestionCriteria(null,
                Set.of(kp[0]), null, QuestionStatus.RETIRED, "第二版", 0, 50)));
        assertEquals(List.of(id), retired.stream().map(BankViews.QuestionSummary::publicId).toList());
        assertTrue(asExamAdmin.call(() -> bank.list(new QuestionCriteria(null, Set.of(kp[1]), null, null, null, 0,
                50))).isEmpty());
    }

    @Test
    void theDemoAuthorityHasAReviewedBankOfEveryType() throws Exception {
        List<BankViews.QuestionSummary> hotWork = asExamAdmin.call(() -> bank.list(new QuestionCriteria(null,
                Set.of("HOT"), null, QuestionStatus.REVIEWED, null, 0, 100)));
        assertEquals(10, hotWork.size());
        assertTrue(hotWork.stream().allMatch(q -> q.knowledgePoints().stream().allMatch(k -> k.startsWith("HOT."))));
        Set<QuestionType> types = asExamAdmin.call(() -> bank.list(new QuestionCriteria(null, Set.of(), null,
                QuestionStatus.REVIEWED, null, 0, 1000))).stream().map(BankViews.QuestionSummary::type)
                .collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuestionType.class), types);
        assertEquals(5, asExamAdmin.call(() -> bank.knowledgeTree()).stream().filter(k -> k.parentCode() == null
                && Set.of("HC", "HOT", "CS", "FIRE", "EMER").contains(k.code())).count());
    }

    @Test
    void anImportShowsRowProblemsAndDuplicatesAndSavesNothingUntilTheFileIsClean() throws Exception {
        String existing = "动火作业前应当办理什么手续？" + suffix();
        asExamAdmin.call(() -> bank.create(single(existing, null)));
        String fresh = "进入受限空间前必须先做什么？" + suffix();
        String aiken = fresh + "\nA. 通风检测\nB. 直接进入\nANSWER: A\n\n"
                + existing.replace("？", "?") + "\nA. 办理动火作业票\nB. 口头报告\nANSWER: A\n\n"
                + "以下哪项是错误的答案写法？\nA. 甲\nB. 乙\nANSWER: E\n";
        byte[] file = aiken.getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = asExamAdmin.call(() -> transfer.preview(BankFormat.AIKEN, file));
        assertEquals(2, preview.questions().size());
        assertEquals(1, preview.issues().size());
        assertEquals(14, preview.issues().get(0).line());
        assertEquals("bank.import.aiken.answerUnknown", preview.issues().get(0).code());
        assertEquals(1, preview.duplicates().size());
        assertEquals(6, preview.duplicates().get(0).line());
        assertTrue(preview.duplicates().get(0).inBank());

        String freshStem = QuestionBody.singleChoice(fresh, List.of("a", "b"), 0).normalisedStem();
        refusedWith("bank.import.notAcceptable", asExamAdmin, () -> transfer.commit(BankFormat.AIKEN, file,
                new BankViews.ImportOptions(Industry.GENERAL, "受限空间作业", 2, false)));
        assertEquals(0, questionsWithStem(freshStem));

        // without the broken question the file goes in; the duplicate is skipped, the defaults apply
        byte[] clean = aiken.substring(0, aiken.indexOf("以下哪项")).getBytes(StandardCharsets.UTF_8);
        BankViews.ImportResult result = asExamAdmin.call(() -> transfer.commit(BankFormat.AIKEN, clean,
                new BankViews.ImportOptions(Industry.GENERAL, "受限空间作业", 2, false)));
        assertEquals(1, result.created().size());
        assertEquals(List.of(6), result.skippedDuplicateLines());
        BankViews.QuestionDetail saved = asExamAdmin.call(() -> bank.question(result.created().get(0)));
        assertEquals(Industry.GENERAL, saved.industry());
        assertEquals("受限空间作业", saved.operationItem());
        assertEquals(2, saved.content().difficulty());
        assertEquals(QuestionStatus.DRAFT, saved.status());
    }

    @Test
    void anImportThatBreaksARuleHalfWaySavesNothing() throws Exception {
        String token = suffix();
        QuestionDraft carriesItsOwn = new QuestionDraft(Industry.CHEMICALS, "氯化工艺作业", null, RevisionContent.of(
                QuestionBody.trueFalse("氯气泄漏时应逆风撤离。" + token, false), Set.of(), 3));
        QuestionDraft needsDefaults = new QuestionDraft(null, null, null, RevisionContent.of(
                QuestionBody.trueFalse("动火作业须有专人监护。" + token, true), Set.of(), 3));
        byte[] xml = new MoodleXmlFormat().write(List.of(carriesItsOwn, needsDefaults)).content();
        assertTrue(asExamAdmin.call(() -> transfer.preview(BankFormat.MOODLE_XML, xml)).acceptable());

        // the second question takes the default operation item, which is too long: the first is not kept either
        refusedWith("bank.question.operationItem", asExamAdmin, () -> transfer.commit(BankFormat.MOODLE_XML, xml,
                new BankViews.ImportOptions(Industry.GENERAL, "作".repeat(61), null, false)));
        assertEquals(0, questionsWithStem(carriesItsOwn.content().body().normalisedStem()));
        assertEquals(0, questionsWithStem(needsDefaults.content().body().normalisedStem()));
        refusedWith("bank.import.industryRequired", asExamAdmin, () -> transfer.commit(BankFormat.MOODLE_XML, xml,
                new BankViews.ImportOptions(null, "动火作业", null, false)));
        assertEquals(0, questionsWithStem(carriesItsOwn.content().body().normalisedStem()));
    }

    @Test
    void anExportImportsBackUnchanged() throws Exception {
        String[] kp = newPoints();
        String token = "RT" + suffix();
        List<RevisionContent> contents = List.of(
                new RevisionContent(QuestionBody.singleChoice("扑救电气火灾应首先（ ）。" + token,
                        List.of("用水扑救", "切断电源", "打开门窗"), 1), new java.util.TreeSet<>(Set.of(kp[0])), 2,
                        "先断电，防止触电。", List.of()),
                RevisionContent.of(QuestionBody.multipleChoice("进入受限空间作业前应当（ ）。" + token,
                        List.of("通风", "检测气体", "办理作业票", "单人进入"), Set.of(0, 1, 2)), Set.of(kp[1]), 3),
                RevisionContent.of(QuestionBody.trueFalse("液氨泄漏时人员应向上风向撤离。" + token, true), Set.of(kp[1]),
                        2),
                RevisionContent.of(QuestionBody.fillBlank("火警电话是____。" + token, List.of(Blank.of("119"))),
                        Set.of(), 1),
                RevisionContent.of(QuestionBody.shortAnswer("简述动火作业的安全措施。" + token, "办理作业票，清除可燃物。"),
                        Set.of(kp[0], kp[1]), 4),
                RevisionContent.of(QuestionBody.caseAnalysis("某化工厂储罐区发生泄漏……" + token, List.of(
                        QuestionBody.trueFalse("值班员可不佩戴防护用品进入现场。", false),
                        QuestionBody.shortAnswer("应如何处置？", null))), Set.of(kp[0]), 5));
        List<String> ids = asExamAdmin.call(() -> contents.stream().map(c -> bank.create(
                new BankViews.QuestionCommand(Industry.CHEMICALS, "危险化学品安全作业", c))).toList());
        QuestionCriteria mine = new QuestionCriteria(null, Set.of(), null, null, token, 0, 100);

        // Moodle XML has no case analysis: it is left out and said so; everything else comes back whole
        int carried = contents.size() - 1;
        BankViews.ExportFile export = asExamAdmin.call(() -> transfer.export(BankFormat.MOODLE_XML, mine));
        assertEquals(carried, export.exported());
        assertEquals(List.of(carried), export.skipped());
        ImportPreview back = asExamAdmin.call(() -> transfer.preview(BankFormat.MOODLE_XML, export.content()));
        assertTrue(back.acceptable(), back.issues().toString());
        assertEquals(carried, back.duplicates().stream().filter(ImportPreview.Duplicate::inBank).count());

        // skipped as duplicates by default; taken when asked for, and then equal to the originals
        assertTrue(asExamAdmin.call(() -> transfer.commit(BankFormat.MOODLE_XML, export.content(), null)).created()
                .isEmpty());
        BankViews.ImportResult again = asExamAdmin.call(() -> transfer.commit(BankFormat.MOODLE_XML,
                export.content(), new BankViews.ImportOptions(null, null, null, true)));
        assertEquals(carried, again.created().size());
        for (String copy : again.created()) {
            BankViews.QuestionDetail d = asExamAdmin.call(() -> bank.question(copy));
            assertEquals(Industry.CHEMICALS, d.industry());
            assertEquals("危险化学品安全作业", d.operationItem());
            assertTrue(contents.contains(d.content()), () -> "not in the originals: " + d.content());
        }
        assertEquals(ids.size() + carried, asExamAdmin.call(() -> bank.list(mine)).size());
    }

    @Test
    void everyReadOfTheBankIsAudited() throws Exception {
        String token = "AU" + suffix();
        String id = asExamAdmin.call(() -> bank.create(single("读取审计测试题" + token, null)));
        long before = count(AuditAction.BANK_READ, "examadmin");
        asExamAdmin.call(() -> bank.question(id));
        asExamAdmin.call(() -> bank.list(new QuestionCriteria(Industry.CHEMICALS, Set.of(), null, null, token, 0,
                10)));
        asExamAdmin.call(() -> transfer.export(BankFormat.GIFT, new QuestionCriteria(null, Set.of(), null, null,
                token, 0, 10)));
        assertEquals(before + 3, count(AuditAction.BANK_READ, "examadmin"));
        List<AuditEntryView> reads = asRegulator.call(() -> audit.search("examadmin", AuditAction.BANK_READ, null,
                null, 3));
        assertEquals(3, reads.size());
        assertTrue(reads.stream().allMatch(r -> id.equals(r.objectId()) || r.detail().contains(id)), reads::toString);
        assertTrue(reads.stream().anyMatch(r -> r.detail().startsWith("export GIFT") && r.detail().contains(token)));
    }

    @Test
    void nobodyButTheExamAuthorityReachesTheBankAndEveryAttemptIsAudited() throws Exception {
        byte[] aiken = "题干？\nA. 甲\nB. 乙\nANSWER: A\n".getBytes(StandardCharsets.UTF_8);
        List<RunAsCaller> outsiders = List.of(asInstitution, asWorker, asRegulator, asSysadmin);
        List<String> names = List.of("institution", "worker", "regulator", "sysadmin");
        for (int i = 0; i < outsiders.size(); i++) {
            RunAsCaller as = outsiders.get(i);
            long before = count(AuditAction.BANK_DENIED, names.get(i));
            assertThrows(EJBAccessException.class, () -> as.call(() -> bank.list(QuestionCriteria.all())));
            assertThrows(EJBAccessException.class, () -> as.call(() -> bank.knowledgeTree()));
            assertThrows(EJBAccessException.class, () -> as.call(() -> transfer.preview(BankFormat.AIKEN, aiken)));
            assertThrows(EJBAccessException.class, () -> as.call(() -> transfer.export(BankFormat.GIFT, null)));
            assertEquals(before + 4, count(AuditAction.BANK_DENIED, names.get(i)), names.get(i));
        }
        // the regulator reads the trail of refusals (not the bank)
        List<AuditEntryView> denied = asRegulator.call(() -> audit.search("institution", AuditAction.BANK_DENIED,
                null, null, 10));
        assertTrue(denied.stream().anyMatch(d -> "QuestionImportService.preview".equals(d.objectId())),
                denied::toString);
        assertTrue(denied.stream().allMatch(d -> d.detail().contains("TRAINING_INSTITUTION")), denied::toString);
    }
}
