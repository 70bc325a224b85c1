package net.safeskill.lms.bank.domain.model.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a candidate answered to one item (作答, E5, E6), in the question's own terms: options by their original index
 * (the paper's option permutation is undone before grading), blanks in order, free text, or the answers to the parts
 * of a case analysis. A missing answer is {@code null} and earns nothing.
 */
public sealed interface Response {

    /** The options chosen, by 0-based original index. */
    record Choice(Set<Integer> selected) implements Response {
        public Choice {
            selected = Set.copyOf(selected);
        }

        public static Choice of(Integer... selected) {
            return new Choice(Set.of(selected));
        }
    }

    /** The true/false answer. */
    record Truth(boolean value) implements Response {
    }

    /** The text typed into each blank, in order. */
    record Blanks(List<String> values) implements Response {
        public Blanks {
            values = new ArrayList<>(values);
        }
    }

    /** A free-text answer. */
    record Text(String text) implements Response {
    }

    /** The answers to the parts of a case analysis, in order; an entry is {@code null} when that part was skipped. */
    record Parts(List<Response> parts) implements Response {
        public Parts {
            parts = new ArrayList<>(parts);
        }
    }
}
