package net.safeskill.lms.bank.domain.model.blueprint;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import net.safeskill.lms.bank.domain.model.question.QuestionType;

/**
 * A {@link BankIndex} held in memory, built once from the reviewed questions' {@link CandidateQuestion}s (E3): arrays
 * of revision ids per (type, knowledge point, difficulty) and per (type, difficulty). The exam session builds one when
 * it opens; a 100,000-question bank takes a few megabytes.
 */
public final class InMemoryBankIndex implements BankIndex {

    private static final long[] NONE = new long[0];

    private final Map<String, long[]> byKey;
    private final Map<Long, Integer> optionCounts;

    public InMemoryBankIndex(Collection<CandidateQuestion> questions) {
        Map<String, LongList> lists = new HashMap<>();
        Map<Long, Integer> options = new HashMap<>(questions.size() * 2);
        for (CandidateQuestion q : questions) {
            if (options.put(q.revisionId(), q.optionCount()) != null) {
                throw new IllegalArgumentException("revision " + q.revisionId() + " listed twice");
            }
            lists.computeIfAbsent(key(q.type(), null, q.difficulty()), k -> new LongList()).add(q.revisionId());
            for (String point : q.knowledgePoints()) {
                lists.computeIfAbsent(key(q.type(), point, q.difficulty()), k -> new LongList()).add(q.revisionId());
            }
        }
        this.byKey = new HashMap<>();
        lists.forEach((k, v) -> byKey.put(k, v.toArray()));
        this.optionCounts = options;
    }

    private static String key(QuestionType type, String point, int difficulty) {
        return type.ordinal() + "|" + difficulty + "|" + (point == null ? "" : point);
    }

    @Override
    public long[] candidates(QuestionType type, String knowledgePoint, int difficulty) {
        return byKey.getOrDefault(key(type, knowledgePoint, difficulty), NONE).clone();
    }

    @Override
    public long[] candidates(QuestionType type, int difficulty) {
        return byKey.getOrDefault(key(type, null, difficulty), NONE).clone();
    }

    @Override
    public int optionCount(long revisionId) {
        Integer count = optionCounts.get(revisionId);
        if (count == null) {
            throw new IllegalArgumentException("revision " + revisionId + " is not in the index");
        }
        return count;
    }

    private static final class LongList {
        private long[] values = new long[8];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
