package net.safeskill.lms.bank.domain.model.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * What an import file would add, shown before anything is saved (导入预览, E2): the questions read, the problems found
 * (with line or row, column and reason) and the duplicates — questions whose normalised stem appears earlier in the
 * file or already in the bank. The import is all-or-nothing: it may go ahead only when there are no problems.
 *
 * @param questions  the questions read, with the line or row each starts at
 * @param issues     the problems; when not empty nothing may be imported
 * @param duplicates questions that repeat an earlier one or one in the bank
 */
public record ImportPreview(List<Line> questions, List<ImportIssue> issues, List<Duplicate> duplicates) {

    /** At most this many problems are listed; a file with more is hopeless anyway. */
    public static final int MAX_ISSUES = 200;

    /** A question read from {@code line}. */
    public record Line(int line, QuestionDraft draft) {
    }

    /**
     * A duplicate: the question at {@code line} has the same normalised stem as the one at {@code firstLine}, or as a
     * question already in the bank when {@code firstLine} is 0.
     */
    public record Duplicate(int line, int firstLine, String normalisedStem) {

        public boolean inBank() {
            return firstLine == 0;
        }
    }

    public ImportPreview {
        questions = List.copyOf(questions);
        issues = List.copyOf(issues);
        duplicates = List.copyOf(duplicates);
    }

    /** A file refused as a whole: one problem, no questions. */
    public static ImportPreview refused(String code, Object... args) {
        return new ImportPreview(List.of(), List.of(ImportIssue.of(0, null, code, args)), List.of());
    }

    /** @return whether the import may go ahead: questions, and no problem */
    public boolean acceptable() {
        return issues.isEmpty() && !questions.isEmpty();
    }

    public List<QuestionDraft> drafts() {
        return questions.stream().map(Line::draft).toList();
    }

    /** Collects questions and problems while a file is read, then finds the duplicates. */
    static final class Collector {
        private final List<Line> questions = new ArrayList<>();
        private final List<ImportIssue> issues = new ArrayList<>();

        void add(int line, QuestionDraft draft) {
            questions.add(new Line(line, draft));
        }

        void issue(int line, String field, String code, Object... args) {
            if (issues.size() < MAX_ISSUES) {
                issues.add(ImportIssue.of(line, field, code, args));
            } else if (issues.size() == MAX_ISSUES) {
                issues.add(ImportIssue.of(line, null, "bank.import.tooManyIssues", MAX_ISSUES));
            }
        }

        /** Records the domain rule a question broke as a problem of its line. */
        void issue(int line, String field, DomainException e) {
            issue(line, field, e.code(), e.args());
        }

        boolean full() {
            return issues.size() > MAX_ISSUES;
        }

        ImportPreview preview(Set<String> existingStems) {
            List<Duplicate> duplicates = new ArrayList<>();
            Map<String, Integer> firstLine = new HashMap<>();
            for (Line q : questions) {
                String stem = q.draft().content().body().normalisedStem();
                if (existingStems.contains(stem)) {
                    duplicates.add(new Duplicate(q.line(), 0, stem));
                } else {
                    Integer first = firstLine.putIfAbsent(stem, q.line());
                    if (first != null) {
                        duplicates.add(new Duplicate(q.line(), first, stem));
                    }
                }
            }
            return new ImportPreview(questions, issues, duplicates);
        }
    }
}
