package net.safeskill.lms.shared.domain.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Sets of enum constants stored in one column as sorted, comma-separated names (e.g. target post categories). */
public final class EnumSets {

    private EnumSets() {
    }

    public static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> EnumSet<E> parse(String csv, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (csv != null && !csv.isEmpty()) {
            Arrays.stream(csv.split(",")).filter(s -> !s.isEmpty()).map(v -> Enum.valueOf(type, v)).forEach(set::add);
        }
        return set;
    }
}
