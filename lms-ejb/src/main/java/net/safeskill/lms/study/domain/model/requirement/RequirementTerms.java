package net.safeskill.lms.study.domain.model.requirement;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.DomainText;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;

/**
 * What a training requirement asks (C4), validated as a whole: its name, the situation it applies to, the training
 * types whose hours count, the post categories it is for (empty: everyone), the required credit hours (学时), how
 * online hours count, the months within which it is to be met, how long a completion stays valid (empty: for good),
 * and the document it rests on.
 */
public record RequirementTerms(String name, Situation situation, Set<TrainingType> countedTypes,
                               Set<PostCategory> postCategories, BigDecimal requiredHours, OnlineCreditRule online,
                               int windowMonths, Integer validityMonths, String basis) {

    static final BigDecimal MAX_HOURS = new BigDecimal("1000");
    static final int MAX_WINDOW_MONTHS = 60;
    static final int MAX_VALIDITY_MONTHS = 120;
    static final int MAX_BASIS = 200;

    public RequirementTerms {
        name = DomainText.required(name, 80, "requirement.name");
        if (situation == null) {
            throw new DomainException("requirement.situation");
        }
        if (countedTypes == null || countedTypes.isEmpty()) {
            throw new DomainException("requirement.types");
        }
        countedTypes = Set.copyOf(EnumSet.copyOf(countedTypes));
        postCategories = postCategories == null || postCategories.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(postCategories));
        if (requiredHours == null || requiredHours.signum() <= 0 || requiredHours.compareTo(MAX_HOURS) > 0
                || requiredHours.stripTrailingZeros().scale() > 1) {
            throw new DomainException("requirement.hours", MAX_HOURS);
        }
        requiredHours = requiredHours.stripTrailingZeros().setScale(1);
        Objects.requireNonNull(online, "online");
        if (online.weight().scale() > 3) {
            throw new DomainException("requirement.onlineWeight");
        }
        if (online.capShare().scale() > 3) {
            throw new DomainException("requirement.onlineCap");
        }
        if (windowMonths < 1 || windowMonths > MAX_WINDOW_MONTHS) {
            throw new DomainException("requirement.window", 1, MAX_WINDOW_MONTHS);
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > MAX_VALIDITY_MONTHS)) {
            throw new DomainException("requirement.validity", 1, MAX_VALIDITY_MONTHS);
        }
        if (basis != null && basis.isBlank()) {
            basis = null;
        }
        if (basis != null) {
            basis = DomainText.required(basis, MAX_BASIS, "requirement.basis");
        }
    }
}
