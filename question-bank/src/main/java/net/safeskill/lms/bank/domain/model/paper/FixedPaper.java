package net.safeskill.lms.bank.domain.model.paper;

import java.util.List;

import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * A hand-picked paper (固定试卷, E3): the same revisions for every candidate, optionally with question and option order
 * shuffled per candidate.
 *
 * @param items            the chosen revisions with their scores and option counts
 * @param passMark         the pass mark, at most the total
 * @param durationMinutes  the duration
 * @param shuffleQuestions whether each candidate sees the items in another order
 * @param shuffleOptions   whether each candidate sees the options in another order
 */
public record FixedPaper(List<Item> items, Points passMark, int durationMinutes, boolean shuffleQuestions,
        boolean shuffleOptions) {

    /** One chosen revision. */
    public record Item(long revisionId, Points points, int optionCount) {
    }

    public FixedPaper {
        if (items == null || items.isEmpty()) {
            throw new DomainException("bank.paper.empty");
        }
        items = List.copyOf(items);
    }
}
