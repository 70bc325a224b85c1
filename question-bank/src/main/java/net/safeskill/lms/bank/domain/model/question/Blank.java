package net.safeskill.lms.bank.domain.model.question;

import java.util.LinkedHashSet;
import java.util.List;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;

/**
 * One blank of a fill-in-the-blank question (填空题, E1) with the answers that count as right, e.g. {@code 干粉灭火器}
 * and {@code 干粉}. Answers are compared after {@link StemNormaliser normalisation}, so full-width letters or extra
 * spaces do not make a right answer wrong.
 *
 * @param accepted the accepted answers, in the author's order, without repeats
 */
public record Blank(List<String> accepted) {

    public static final int MAX_ANSWERS = 10;
    public static final int MAX_ANSWER_LENGTH = 200;

    public Blank {
        if (accepted == null || accepted.isEmpty() || accepted.size() > MAX_ANSWERS) {
            throw new DomainException("bank.question.blankAnswers", MAX_ANSWERS);
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String answer : accepted) {
            clean.add(DomainText.required(answer, MAX_ANSWER_LENGTH, "bank.question.blankAnswer"));
        }
        accepted = List.copyOf(clean);
    }

    public static Blank of(String... accepted) {
        return new Blank(List.of(accepted));
    }

    /** @return whether the candidate's text is one of the accepted answers once both are normalised */
    public boolean accepts(String given) {
        String normalised = StemNormaliser.normalise(given);
        return !normalised.isEmpty() && accepted.stream().anyMatch(a -> StemNormaliser.normalise(a).equals(normalised));
    }
}
