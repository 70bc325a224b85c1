package net.safeskill.lms.bank.domain.model.paper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import net.safeskill.lms.bank.domain.model.blueprint.Blueprint;
import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * The paper one candidate got (试卷, E3): the question revisions in the order shown, each with its score and option
 * order, the pass mark and the duration. A paper never changes once made; the revisions it names never change either
 * (see {@link net.safeskill.lms.bank.domain.model.question.Question#revise}).
 */
@Entity
@Table(name = "paper")
public class Paper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    /** The blueprint it was drawn from; {@code null} for a fixed paper. */
    @Column(name = "blueprint_id", updatable = false, length = 36)
    private String blueprintId;

    @ElementCollection
    @CollectionTable(name = "paper_item", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderColumn(name = "position")
    private List<PaperItem> items = new ArrayList<>();

    @Column(name = "pass_mark_tenths", nullable = false, updatable = false)
    private int passMarkTenths;

    @Column(name = "duration_minutes", nullable = false, updatable = false)
    private int durationMinutes;

    protected Paper() {
        // for JPA
    }

    /**
     * @throws DomainException {@code bank.paper.empty}, {@code bank.paper.duplicateItem} (a revision twice),
     *                         {@code bank.blueprint.passMark} (total), {@code bank.blueprint.duration}
     */
    public Paper(String blueprintId, List<PaperItem> items, Points passMark, int durationMinutes) {
        if (items == null || items.isEmpty()) {
            throw new DomainException("bank.paper.empty");
        }
        Set<Long> seen = new HashSet<>();
        for (PaperItem item : items) {
            if (!seen.add(item.revisionId())) {
                throw new DomainException("bank.paper.duplicateItem", item.revisionId());
            }
        }
        this.publicId = UUID.randomUUID().toString();
        this.blueprintId = blueprintId;
        this.items = new ArrayList<>(items);
        Points total = totalPoints();
        if (passMark == null || passMark.isZero() || passMark.compareTo(total) > 0) {
            throw new DomainException("bank.blueprint.passMark", total);
        }
        if (durationMinutes < 1 || durationMinutes > Blueprint.MAX_MINUTES) {
            throw new DomainException("bank.blueprint.duration", 1, Blueprint.MAX_MINUTES);
        }
        this.passMarkTenths = passMark.tenths();
        this.durationMinutes = durationMinutes;
    }

    public Points totalPoints() {
        return items.stream().map(PaperItem::points).reduce(Points.ZERO, Points::plus);
    }

    /** @return whether the paper holds this revision (answers for anything else are refused, E5) */
    public boolean contains(long revisionId) {
        return items.stream().anyMatch(i -> i.revisionId() == revisionId);
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String blueprintId() {
        return blueprintId;
    }

    public List<PaperItem> items() {
        return Collections.unmodifiableList(items);
    }

    public Points passMark() {
        return new Points(passMarkTenths);
    }

    public int durationMinutes() {
        return durationMinutes;
    }
}
