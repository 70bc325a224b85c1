package net.safeskill.lms.bank.domain.model.blueprint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
import jakarta.persistence.Version;

import net.safeskill.lms.bank.domain.model.grading.Points;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;

/**
 * A paper blueprint (组卷规则, E3): its cells (type × knowledge points × difficulty, each with a count and a score per
 * item), the pass mark, the duration and whether questions and options are shuffled. The total score is the sum of
 * the cells.
 *
 * <p><b>Overlapping cells.</b> Cells may overlap — a question tagged with two knowledge points, or a cell for
 * {@code FIRE} next to one for its child {@code FIRE.EXT}, can fit two cells. The rule is: <em>drawing is without
 * replacement across cells</em>, so a paper never holds one question twice and every cell gets exactly its count of
 * distinct questions. {@link BlueprintFeasibility} proves this possible for a bank exactly (by maximum flow when cells
 * compete for the same questions), and the paper assembler meets it for every paper. Two cells that ask for the very
 * same selection are refused: they are one cell with the counts added.
 */
@Entity
@Table(name = "blueprint")
public class Blueprint {

    public static final int MAX_NAME = 100;
    public static final int MAX_CELLS = 100;
    public static final int MAX_ITEMS = 300;
    public static final int MAX_MINUTES = 600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 36)
    private String publicId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @ElementCollection
    @CollectionTable(name = "blueprint_cell", joinColumns = @JoinColumn(name = "blueprint_id"))
    @OrderColumn(name = "position")
    private List<BlueprintCell> cells = new ArrayList<>();

    @Column(name = "pass_mark_tenths", nullable = false)
    private int passMarkTenths;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "shuffle_questions", nullable = false)
    private boolean shuffleQuestions;

    @Column(name = "shuffle_options", nullable = false)
    private boolean shuffleOptions;

    @Version
    private long version;

    protected Blueprint() {
        // for JPA
    }

    public Blueprint(long ownerId, String name, List<BlueprintCell> cells, Points passMark, int durationMinutes,
            boolean shuffleQuestions, boolean shuffleOptions) {
        this.publicId = UUID.randomUUID().toString();
        this.ownerId = ownerId;
        redefine(name, cells, passMark, durationMinutes, shuffleQuestions, shuffleOptions);
    }

    /**
     * Replaces the whole definition; papers already drawn keep what they got.
     *
     * @throws DomainException {@code bank.blueprint.name}, {@code bank.blueprint.empty},
     *                         {@code bank.blueprint.tooManyCells}, {@code bank.blueprint.tooManyItems},
     *                         {@code bank.blueprint.sameCells} (cell numbers), {@code bank.blueprint.passMark} (total),
     *                         {@code bank.blueprint.duration}
     */
    public void redefine(String newName, List<BlueprintCell> newCells, Points passMark, int minutes,
            boolean newShuffleQuestions, boolean newShuffleOptions) {
        String cleanName = DomainText.required(newName, MAX_NAME, "bank.blueprint.name");
        if (newCells == null || newCells.isEmpty()) {
            throw new DomainException("bank.blueprint.empty");
        }
        if (newCells.size() > MAX_CELLS) {
            throw new DomainException("bank.blueprint.tooManyCells", MAX_CELLS);
        }
        newCells.forEach(c -> Objects.requireNonNull(c, "cell"));
        for (int i = 0; i < newCells.size(); i++) {
            for (int j = i + 1; j < newCells.size(); j++) {
                if (newCells.get(i).sameSelectionAs(newCells.get(j))) {
                    throw new DomainException("bank.blueprint.sameCells", i + 1, j + 1);
                }
            }
        }
        int items = newCells.stream().mapToInt(BlueprintCell::count).sum();
        if (items > MAX_ITEMS) {
            throw new DomainException("bank.blueprint.tooManyItems", MAX_ITEMS);
        }
        Points total = newCells.stream().map(BlueprintCell::totalPoints).reduce(Points.ZERO, Points::plus);
        if (passMark == null || passMark.isZero() || passMark.compareTo(total) > 0) {
            throw new DomainException("bank.blueprint.passMark", total);
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new DomainException("bank.blueprint.duration", 1, MAX_MINUTES);
        }
        this.name = cleanName;
        this.cells = new ArrayList<>(newCells);
        this.passMarkTenths = passMark.tenths();
        this.durationMinutes = minutes;
        this.shuffleQuestions = newShuffleQuestions;
        this.shuffleOptions = newShuffleOptions;
    }

    public Points totalPoints() {
        return cells.stream().map(BlueprintCell::totalPoints).reduce(Points.ZERO, Points::plus);
    }

    public int itemCount() {
        return cells.stream().mapToInt(BlueprintCell::count).sum();
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public long ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public List<BlueprintCell> cells() {
        return Collections.unmodifiableList(cells);
    }

    public Points passMark() {
        return new Points(passMarkTenths);
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public boolean shuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean shuffleOptions() {
        return shuffleOptions;
    }
}
