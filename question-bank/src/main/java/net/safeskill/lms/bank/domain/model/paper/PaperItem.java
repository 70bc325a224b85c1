package net.safeskill.lms.bank.domain.model.paper;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * One item of a candidate's paper (试卷中的一题, E3): the blueprint cell it was drawn for (its section), the question
 * revision, its score, and the order in which this candidate sees its options — {@code optionOrder[shown position] = original option index}. An item without options
 * (or unshuffled) has the identity order.
 */
@Embeddable
public class PaperItem {

    /** The 1-based number of the blueprint cell it was drawn for; 0 on a fixed paper. */
    @Column(name = "section", nullable = false)
    private int section;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(name = "points_tenths", nullable = false)
    private int pointsTenths;

    /** Comma-separated original indexes in display order; empty when the item has no options. */
    @Column(name = "option_order", nullable = false, length = 40)
    private String optionOrder;

    protected PaperItem() {
        // for JPA
    }

    /**
     * @param section     the 1-based blueprint cell number, 0 on a fixed paper
     * @param optionOrder a permutation of {@code 0..n-1}: the original index of the option shown at each position
     * @throws DomainException {@code bank.paper.optionOrder} when it is not a permutation
     */
    public PaperItem(int section, long revisionId, Points points, int[] optionOrder) {
        Objects.requireNonNull(points, "points");
        if (points.isZero()) {
            throw new DomainException("bank.blueprint.points", points);
        }
        boolean[] seen = new boolean[optionOrder.length];
        for (int original : optionOrder) {
            if (original < 0 || original >= optionOrder.length || seen[original]) {
                throw new DomainException("bank.paper.optionOrder");
            }
            seen[original] = true;
        }
        if (section < 0) {
            throw new IllegalArgumentException("section " + section);
        }
        this.section = section;
        this.revisionId = revisionId;
        this.pointsTenths = points.tenths();
        this.optionOrder = Arrays.stream(optionOrder).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    public int section() {
        return section;
    }

    public long revisionId() {
        return revisionId;
    }

    public Points points() {
        return new Points(pointsTenths);
    }

    /** @return the original option index shown at each position (a copy) */
    public int[] optionOrder() {
        return optionOrder.isEmpty() ? new int[0] : Arrays.stream(optionOrder.split(",")).mapToInt(Integer::parseInt)
                .toArray();
    }

    /** @return the original index of the option shown at {@code shownPosition} */
    public int originalOption(int shownPosition) {
        int[] order = optionOrder();
        if (shownPosition < 0 || shownPosition >= order.length) {
            throw new DomainException("bank.paper.optionOrder");
        }
        return order[shownPosition];
    }
}
