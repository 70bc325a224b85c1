package net.safeskill.lms.bank.domain.model.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A read-only snapshot of an authority's knowledge point tree (知识点树, E1, E3), by code: what a blueprint needs to
 * turn "this point" into "this point and everything under it" without touching the entities. Built once per use
 * (saving a blueprint, opening an exam session).
 */
public final class KnowledgeTree {

    private final Map<String, String> parentByCode;
    private final Map<String, List<String>> childrenByCode = new HashMap<>();

    private KnowledgeTree(Map<String, String> parentByCode) {
        this.parentByCode = Collections.unmodifiableMap(parentByCode);
        parentByCode.forEach((code, parent) -> {
            if (parent != null) {
                if (!parentByCode.containsKey(parent)) {
                    throw new DomainException("bank.knowledgePoint.unknown", parent);
                }
                childrenByCode.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        });
        for (String code : parentByCode.keySet()) {
            int depth = 0;
            for (String c = code; c != null; c = parentByCode.get(c)) {
                if (++depth > KnowledgePoint.MAX_DEPTH) {
                    throw new DomainException("bank.knowledgePoint.cycle", code, parentByCode.get(code));
                }
            }
        }
    }

    /**
     * @param parentByCode each code with its parent's code ({@code null} for a root)
     * @throws DomainException {@code bank.knowledgePoint.unknown} for a parent that is not in the map,
     *                         {@code bank.knowledgePoint.cycle} for a cycle or a chain deeper than allowed
     */
    public static KnowledgeTree of(Map<String, String> parentByCode) {
        parentByCode.keySet().forEach(KnowledgePoint::requireCode);
        return new KnowledgeTree(new HashMap<>(parentByCode));
    }

    public static KnowledgeTree of(Collection<KnowledgePoint> points) {
        Map<String, String> map = new HashMap<>();
        points.forEach(p -> map.put(p.code(), p.parent() == null ? null : p.parent().code()));
        return new KnowledgeTree(map);
    }

    public boolean contains(String code) {
        return parentByCode.containsKey(code);
    }

    /**
     * @return {@code root} and every code below it, root first
     * @throws DomainException {@code bank.knowledgePoint.unknown} when the tree has no such code
     */
    public Set<String> subtree(String root) {
        if (!contains(root)) {
            throw new DomainException("bank.knowledgePoint.unknown", root);
        }
        Set<String> result = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String code = todo.pop();
            if (result.add(code)) {
                todo.addAll(childrenByCode.getOrDefault(code, List.of()));
            }
        }
        return Collections.unmodifiableSet(result);
    }

    /** @return whether {@code code} is {@code root} or lies below it */
    public boolean isWithin(String code, String root) {
        for (String c = code; c != null; c = parentByCode.get(c)) {
            if (c.equals(root)) {
                return true;
            }
        }
        return false;
    }

    public Set<String> codes() {
        return parentByCode.keySet();
    }
}
