package net.safeskill.lms.bank.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.SortedSet;

import net.safeskill.lms.bank.domain.model.knowledge.KnowledgePoint;
import net.safeskill.lms.bank.domain.model.question.Question;
import net.safeskill.lms.bank.domain.model.question.QuestionRevision;
import net.safeskill.lms.bank.domain.model.question.QuestionStatus;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.shared.domain.model.Industry;

/** What the bank services take and give (DTOs); the content of a revision travels as the domain's value object. */
public final class BankViews {

    private BankViews() {
    }

    /** A question to create or the new state of one to edit. */
    public record QuestionCommand(Industry industry, String operationItem, RevisionContent content)
            implements Serializable {
    }

    /** A knowledge point of the caller's tree; {@code parentCode} is {@code null} for a root. */
    public record KnowledgePointView(String code, String name, String parentCode, int depth) implements Serializable {

        static KnowledgePointView of(KnowledgePoint k) {
            return new KnowledgePointView(k.code(), k.name(), k.parent() == null ? null : k.parent().code(),
                    k.depth());
        }
    }

    /** A line of the bank's list: the question with its current revision. */
    public record QuestionSummary(String publicId, Industry industry, String operationItem, QuestionStatus status,
            QuestionType type, String stem, int difficulty, SortedSet<String> knowledgePoints, int revision,
            Instant updatedAt) implements Serializable {

        static QuestionSummary of(Question q) {
            QuestionRevision r = q.current();
            return new QuestionSummary(q.publicId(), q.industry(), q.operationItem(), q.status(), r.type(),
                    r.body().stem(), r.difficulty(), r.content().knowledgePoints(), r.number(), q.updatedAt());
        }
    }

    /** One question in full: its current revision's content and who wrote and reviewed it. */
    public record QuestionDetail(String publicId, Industry industry, String operationItem, QuestionStatus status,
            int revision, int revisions, RevisionContent content, String writtenBy, Instant writtenAt,
            String reviewedBy, boolean usedByPaper) implements Serializable {
    }

    /**
     * What an import applies to questions whose file does not say: industry and operation item (GIFT, Aiken, and
     * Excel or Moodle XML rows that leave them empty) and the difficulty (GIFT, Aiken; {@code null}: the formats'
     * default). {@code includeDuplicates} imports questions whose stem repeats one in the bank or the file; by
     * default they are skipped.
     */
    public record ImportOptions(Industry industry, String operationItem, Integer difficulty,
            boolean includeDuplicates) implements Serializable {
    }

    /** What an import saved: the new questions (drafts) and the lines skipped as duplicates. */
    public record ImportResult(List<String> created, List<Integer> skippedDuplicateLines) implements Serializable {

        public ImportResult {
            created = List.copyOf(created);
            skippedDuplicateLines = List.copyOf(skippedDuplicateLines);
        }
    }

    /** An export to download, with the 0-based positions (in the listed order) the format could not carry. */
    public record ExportFile(String fileName, String mediaType, byte[] content, int exported, List<Integer> skipped)
            implements Serializable {

        public ExportFile {
            content = content.clone();
            skipped = List.copyOf(skipped);
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
