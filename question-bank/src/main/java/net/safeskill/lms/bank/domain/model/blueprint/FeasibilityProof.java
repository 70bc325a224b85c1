package net.safeskill.lms.bank.domain.model.blueprint;

/**
 * The outcome of a successful {@link BlueprintFeasibility} check (E3): how many candidates each cell has and whether
 * cells compete for shared questions (then the proof used maximum flow).
 *
 * @param available the number of candidates of each cell, in cell order
 * @param shared    whether some question fits more than one cell
 */
public record FeasibilityProof(int[] available, boolean shared) {

    public FeasibilityProof {
        available = available.clone();
    }

    @Override
    public int[] available() {
        return available.clone();
    }
}
