package net.safeskill.lms.bank.domain.model.blueprint;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.bank.domain.model.knowledge.KnowledgePoint;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * One rule of a blueprint (组卷规则的一行, E3): draw {@code count} questions of {@code type}, tagged with a knowledge
 * point within the subtrees of {@code knowledgeRoots} (none: any knowledge point), with a difficulty from
 * {@code minDifficulty} to {@code maxDifficulty}, each worth {@code pointsPerItem}.
 */
@Embeddable
public class BlueprintCell {

    public static final int MAX_COUNT = 200;
    public static final Points MAX_POINTS_PER_ITEM = Points.ofWhole(100);

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private QuestionType type;

    /** Comma-separated, sorted knowledge point codes; empty for any knowledge point. */
    @Column(name = "knowledge_roots", nullable = false, length = 500)
    private String knowledgeRoots;

    @Column(name = "min_difficulty", nullable = false)
    private int minDifficulty;

    @Column(name = "max_difficulty", nullable = false)
    private int maxDifficulty;

    @Column(name = "item_count", nullable = false)
    private int count;

    @Column(name = "points_tenths", nullable = false)
    private int pointsTenths;

    protected BlueprintCell() {
        // for JPA
    }

    /**
     * @throws DomainException {@code bank.blueprint.count} (count not 1–200), {@code bank.blueprint.points} (score per
     *                         item not above 0 and at most 100), {@code bank.blueprint.difficulty} (not 1 ≤ min ≤ max
     *                         ≤ 5), {@code bank.knowledgePoint.code} (a malformed code)
     */
    public BlueprintCell(QuestionType type, Set<String> knowledgeRoots, int minDifficulty, int maxDifficulty, int count,
            Points pointsPerItem) {
        this.type = Objects.requireNonNull(type, "type");
        TreeSet<String> roots = new TreeSet<>();
        (knowledgeRoots == null ? Set.<String>of() : knowledgeRoots)
                .forEach(code -> roots.add(KnowledgePoint.requireCode(code)));
        this.knowledgeRoots = String.join(",", roots);
        if (minDifficulty < RevisionContent.MIN_DIFFICULTY || maxDifficulty > RevisionContent.MAX_DIFFICULTY
                || minDifficulty > maxDifficulty) {
            throw new DomainException("bank.blueprint.difficulty", RevisionContent.MIN_DIFFICULTY,
                    RevisionContent.MAX_DIFFICULTY);
        }
        this.minDifficulty = minDifficulty;
        this.maxDifficulty = maxDifficulty;
        if (count < 1 || count > MAX_COUNT) {
            throw new DomainException("bank.blueprint.count", MAX_COUNT);
        }
        this.count = count;
        if (pointsPerItem == null || pointsPerItem.isZero() || pointsPerItem.compareTo(MAX_POINTS_PER_ITEM) > 0) {
            throw new DomainException("bank.blueprint.points", MAX_POINTS_PER_ITEM);
        }
        this.pointsTenths = pointsPerItem.tenths();
    }

    /** @return whether both cells ask for the very same questions (same type, knowledge points and difficulties) */
    public boolean sameSelectionAs(BlueprintCell other) {
        return type == other.type && knowledgeRoots.equals(other.knowledgeRoots)
                && minDifficulty == other.minDifficulty && maxDifficulty == other.maxDifficulty;
    }

    /** A language-neutral description for messages and logs, e.g. {@code SINGLE_CHOICE · FIRE,GAS · 2-3}. */
    public String description() {
        return type.name() + " · " + (knowledgeRoots.isEmpty() ? "*" : knowledgeRoots) + " · "
                + (minDifficulty == maxDifficulty ? String.valueOf(minDifficulty) : minDifficulty + "-" + maxDifficulty);
    }

    public QuestionType type() {
        return type;
    }

    /** @return the knowledge point roots; empty for any knowledge point */
    public SortedSet<String> knowledgeRoots() {
        return knowledgeRoots.isEmpty() ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(Arrays.asList(knowledgeRoots.split(","))));
    }

    public int minDifficulty() {
        return minDifficulty;
    }

    public int maxDifficulty() {
        return maxDifficulty;
    }

    public int count() {
        return count;
    }

    public Points pointsPerItem() {
        return new Points(pointsTenths);
    }

    public Points totalPoints() {
        return pointsPerItem().times(count);
    }

    @Override
    public String toString() {
        return description() + " × " + count + " @ " + pointsPerItem();
    }
}
