package net.safeskill.lms.bank.domain.model.question;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;

/**
 * What a question asks and what counts as right (题目内容与答案, E1): the type, the stem (for a case analysis the
 * material, 案例材料), and the answer key in the shape that type needs. A body refuses every shape its type does not
 * have: a single choice with two right options, a true/false with options, a case analysis inside a case analysis.
 *
 * <p>Use the factories ({@link #singleChoice}, {@link #multipleChoice}, {@link #trueFalse}, {@link #fillBlank},
 * {@link #shortAnswer}, {@link #caseAnalysis}); the canonical constructor checks the same rules.
 *
 * @param type            the question type
 * @param stem            the stem, or the material of a case analysis
 * @param options         the options of a choice question (2 to 8, in the author's order), otherwise empty
 * @param correctOptions  the 0-based indexes of the right options of a choice question, otherwise empty
 * @param truth           the answer of a true/false question, otherwise {@code null}
 * @param blanks          the blanks of a fill-in-the-blank question, otherwise empty
 * @param referenceAnswer the reference answer of a short-answer question (optional), otherwise {@code null}
 * @param parts           the ordered sub-questions of a case analysis, otherwise empty
 */
public record QuestionBody(QuestionType type, String stem, List<String> options, SortedSet<Integer> correctOptions,
        Boolean truth, List<Blank> blanks, String referenceAnswer, List<QuestionBody> parts) {

    public static final int MAX_STEM = 4000;
    public static final int MAX_OPTION = 500;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;
    public static final int MAX_BLANKS = 20;
    public static final int MAX_REFERENCE = 4000;
    public static final int MAX_PARTS = 20;

    public QuestionBody {
        Objects.requireNonNull(type, "type");
        stem = DomainText.required(stem, MAX_STEM, "bank.question.stem");
        options = options == null ? List.of() : options.stream()
                .map(o -> DomainText.required(o, MAX_OPTION, "bank.question.option")).toList();
        correctOptions = correctOptions == null ? new TreeSet<>() : new TreeSet<>(correctOptions);
        blanks = blanks == null ? List.of() : List.copyOf(blanks);
        referenceAnswer = referenceAnswer == null || referenceAnswer.isBlank() ? null
                : DomainText.required(referenceAnswer, MAX_REFERENCE, "bank.question.referenceAnswer");
        parts = parts == null ? List.of() : List.copyOf(parts);
        requireShape(type, options, correctOptions, truth, blanks, referenceAnswer, parts);
        correctOptions = Collections.unmodifiableSortedSet(correctOptions);
    }

    private static void requireShape(QuestionType type, List<String> options, SortedSet<Integer> correct,
            Boolean truth, List<Blank> blanks, String reference, List<QuestionBody> parts) {
        boolean choice = type.hasOptions();
        if ((!choice && !options.isEmpty())
                || (!choice && !correct.isEmpty())
                || (type != QuestionType.TRUE_FALSE && truth != null)
                || (type != QuestionType.FILL_BLANK && !blanks.isEmpty())
                || (type != QuestionType.SHORT_ANSWER && reference != null)
                || (type != QuestionType.CASE_ANALYSIS && !parts.isEmpty())) {
            throw new DomainException("bank.question.shape", type.name());
        }
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> requireOptions(type, options, correct);
            case TRUE_FALSE -> {
                if (truth == null) {
                    throw new DomainException("bank.question.trueFalseAnswer");
                }
            }
            case FILL_BLANK -> {
                if (blanks.isEmpty() || blanks.size() > MAX_BLANKS) {
                    throw new DomainException("bank.question.blanks", MAX_BLANKS);
                }
            }
            case SHORT_ANSWER -> {
                // the reference answer is optional: people grade short answers
            }
            case CASE_ANALYSIS -> {
                if (parts.isEmpty() || parts.size() > MAX_PARTS) {
                    throw new DomainException("bank.question.caseParts", MAX_PARTS);
                }
                if (parts.stream().anyMatch(p -> p.type() == QuestionType.CASE_ANALYSIS)) {
                    throw new DomainException("bank.question.caseNested");
                }
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private static void requireOptions(QuestionType type, List<String> options, SortedSet<Integer> correct) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            throw new DomainException("bank.question.options", MIN_OPTIONS, MAX_OPTIONS);
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (!seen.add(StemNormaliser.normalise(option))) {
                throw new DomainException("bank.question.optionRepeated", option);
            }
        }
        if (!correct.isEmpty() && (correct.first() < 0 || correct.last() >= options.size())) {
            throw new DomainException("bank.question.answerOutOfRange");
        }
        if (type == QuestionType.SINGLE_CHOICE && correct.size() != 1) {
            throw new DomainException("bank.question.singleAnswer");
        }
        if (type == QuestionType.MULTIPLE_CHOICE && correct.size() < 2) {
            throw new DomainException("bank.question.multipleAnswers");
        }
    }

    public static QuestionBody singleChoice(String stem, List<String> options, int correct) {
        return new QuestionBody(QuestionType.SINGLE_CHOICE, stem, options, new TreeSet<>(Set.of(correct)), null, null,
                null, null);
    }

    public static QuestionBody multipleChoice(String stem, List<String> options, Set<Integer> correct) {
        return new QuestionBody(QuestionType.MULTIPLE_CHOICE, stem, options, new TreeSet<>(correct), null, null, null,
                null);
    }

    public static QuestionBody trueFalse(String stem, boolean truth) {
        return new QuestionBody(QuestionType.TRUE_FALSE, stem, null, null, truth, null, null, null);
    }

    public static QuestionBody fillBlank(String stem, List<Blank> blanks) {
        return new QuestionBody(QuestionType.FILL_BLANK, stem, null, null, null, blanks, null, null);
    }

    public static QuestionBody shortAnswer(String stem, String referenceAnswer) {
        return new QuestionBody(QuestionType.SHORT_ANSWER, stem, null, null, null, null, referenceAnswer, null);
    }

    public static QuestionBody caseAnalysis(String material, List<QuestionBody> parts) {
        return new QuestionBody(QuestionType.CASE_ANALYSIS, material, null, null, null, null, null, parts);
    }

    /** @return the stem in its normalised form, the key of duplicate detection */
    public String normalisedStem() {
        return StemNormaliser.normalise(stem);
    }

    /** @return whether grading this body needs a person (a short answer, or a case analysis with one) */
    public boolean needsHumanGrading() {
        return type == QuestionType.SHORT_ANSWER || parts.stream().anyMatch(QuestionBody::needsHumanGrading);
    }
}
