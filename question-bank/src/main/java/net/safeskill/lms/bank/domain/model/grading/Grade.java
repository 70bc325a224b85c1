package net.safeskill.lms.bank.domain.model.grading;

/**
 * The outcome of grading one item automatically (E6): the points awarded and how many points still wait for a human
 * grader (a short answer, or the short-answer parts of a case analysis).
 *
 * @param awarded the points given by the automatic grading
 * @param pending the points a human grader still has to decide on; zero when the item is fully graded
 */
public record Grade(Points awarded, Points pending) {

    public static Grade of(Points awarded) {
        return new Grade(awarded, Points.ZERO);
    }

    public static Grade human(Points max) {
        return new Grade(Points.ZERO, max);
    }

    public boolean needsHuman() {
        return !pending.isZero();
    }

    public Grade plus(Grade other) {
        return new Grade(awarded.plus(other.awarded), pending.plus(other.pending));
    }
}
