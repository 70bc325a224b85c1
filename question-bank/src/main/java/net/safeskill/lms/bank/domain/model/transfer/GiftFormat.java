package net.safeskill.lms.bank.domain.model.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.safeskill.lms.bank.domain.model.question.Blank;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Moodle's GIFT format (E2). Read: {@code //} comments, {@code $CATEGORY:} lines, {@code ::title::} (ignored),
 * {@code [html]}/{@code [markdown]}/{@code [plain]}/{@code [moodle]} text formats (HTML is reduced to text), the answer
 * block {@code {...}} anywhere in the text (text after it makes a blank, {@code ____}, in the stem), {@code =right
 * ~wrong} single choice, {@code ~%50%a ~%50%b ~%-100%c} multiple choice, {@code T}/{@code F}/{@code TRUE}/{@code FALSE},
 * {@code =a =b} short answer (a one-blank fill-in, only full-credit answers are kept), {@code {}} essay (a short
 * answer), per-answer feedback {@code #...} (ignored) and general feedback {@code ####...} (the explanation), and the
 * escapes {@code \: \= \~ \# \{ \} \\ \n}. Matching and numerical questions are reported as unsupported. Every
 * problem names its line.
 *
 * <p>Written: single and multiple choice, true/false, one-blank fill-ins and short answers (without the reference
 * answer, which GIFT cannot carry), with category and explanation. Fill-ins with several blanks and case analyses are
 * skipped. Knowledge points, difficulty, industry and operation item are not part of GIFT.
 */
public final class GiftFormat implements QuestionFormat {

    private static final Pattern CATEGORY = Pattern.compile("^\\$CATEGORY:\\s*(.*)$");
    private static final Pattern TEXT_FORMAT = Pattern.compile("^\\[(html|markdown|plain|moodle)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final String SPECIALS = "~=#{}:\\";

    @Override
    public ImportPreview read(byte[] input, Set<String> existingStems) {
        List<String> lines = TextFiles.lines(input);
        if (lines == null) {
            return TextFiles.tooLarge();
        }
        ImportPreview.Collector collector = new ImportPreview.Collector();
        String category = null;
        StringBuilder block = new StringBuilder();
        int blockStart = 0;
        for (int i = 0; i <= lines.size() && !collector.full(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                continue;
            }
            Matcher categoryLine = CATEGORY.matcher(trimmed);
            if (trimmed.isEmpty() || categoryLine.matches()) {
                if (block.length() > 0) {
                    question(block.toString(), blockStart, category, collector);
                    block.setLength(0);
                }
                if (categoryLine.matches()) {
                    category = categoryLine.group(1).strip();
                }
                continue;
            }
            if (block.length() == 0) {
                blockStart = i + 1;
            } else {
                block.append('\n');
            }
            block.append(line);
        }
        return collector.preview(existingStems);
    }

    private static void question(String text, int line, String category, ImportPreview.Collector collector) {
        String rest = text.strip();
        if (rest.startsWith("::")) {
            int end = indexOfUnescaped(rest, "::", 2);
            if (end < 0) {
                collector.issue(line, null, "bank.import.gift.title");
                return;
            }
            rest = rest.substring(end + 2).strip();
        }
        boolean html = false;
        Matcher format = TEXT_FORMAT.matcher(rest);
        if (format.find()) {
            html = format.group(1).equalsIgnoreCase("html");
            rest = rest.substring(format.end());
        }
        int open = indexOfUnescaped(rest, "{", 0);
        if (open < 0) {
            collector.issue(line, null, "bank.import.gift.noAnswers");
            return;
        }
        int close = indexOfUnescaped(rest, "}", open + 1);
        if (close < 0) {
            collector.issue(line + lineOffset(rest, open), null, "bank.import.gift.unclosed");
            return;
        }
        if (indexOfUnescaped(rest, "{", close + 1) >= 0) {
            collector.issue(line + lineOffset(rest, close), null, "bank.import.gift.twoAnswerBlocks");
            return;
        }
        String before = text(rest.substring(0, open), html);
        String after = text(rest.substring(close + 1), html);
        String stem = after.isEmpty() ? before : before + "____" + after;
        int answerLine = line + lineOffset(rest, open);
        try {
            Answers answers = answers(rest.substring(open + 1, close), answerLine, html);
            QuestionBody body = answers.body(stem);
            collector.add(line, new QuestionDraft(null, null, category, new RevisionContent(body, new TreeSet<>(),
                    QuestionDraft.DEFAULT_DIFFICULTY, answers.generalFeedback, List.of())));
        } catch (DomainException e) {
            collector.issue(answerLine, null, e);
        }
    }

    /** The parsed answer block. */
    private record Answers(QuestionType type, List<String> texts, Set<Integer> right, Boolean truth,
            String generalFeedback) {

        QuestionBody body(String stem) {
            return switch (type) {
                case SINGLE_CHOICE -> new QuestionBody(type, stem, texts, new TreeSet<>(right), null, null, null,
                        null);
                case MULTIPLE_CHOICE -> QuestionBody.multipleChoice(stem, texts, right);
                case TRUE_FALSE -> QuestionBody.trueFalse(stem, truth);
                case FILL_BLANK -> QuestionBody.fillBlank(stem, List.of(new Blank(texts)));
                case SHORT_ANSWER -> QuestionBody.shortAnswer(stem, null);
                default -> throw new IllegalStateException(type.name());
            };
        }
    }

    private static Answers answers(String block, int line, boolean html) {
        String generalFeedback = null;
        int general = indexOfUnescaped(block, "####", 0);
        if (general >= 0) {
            generalFeedback = text(block.substring(general + 4), html);
            block = block.substring(0, general);
        }
        String content = block.strip();
        if (content.isEmpty()) {
            return new Answers(QuestionType.SHORT_ANSWER, List.of(), Set.of(), null, generalFeedback);
        }
        if (content.startsWith("#")) {
            throw new DomainException("bank.import.gift.unsupported", "numerical");
        }
        if (indexOfUnescaped(content, "->", 0) >= 0) {
            throw new DomainException("bank.import.gift.unsupported", "matching");
        }
        int feedback = indexOfUnescaped(content, "#", 0);
        String head = (feedback < 0 ? content : content.substring(0, feedback)).strip().toUpperCase(Locale.ROOT);
        if (head.equals("T") || head.equals("TRUE") || head.equals("F") || head.equals("FALSE")) {
            return new Answers(QuestionType.TRUE_FALSE, List.of(), Set.of(), head.startsWith("T"), generalFeedback);
        }
        if (content.charAt(0) != '=' && content.charAt(0) != '~') {
            throw new DomainException("bank.import.gift.answerSyntax");
        }
        List<String> texts = new ArrayList<>();
        Set<Integer> right = new TreeSet<>();
        List<String> fullCredit = new ArrayList<>();
        boolean anyWrongMarker = false;
        int positiveWeights = 0;
        int start = 0;
        while (start < content.length()) {
            char marker = content.charAt(start);
            int next = nextMarker(content, start + 1);
            String answer = content.substring(start + 1, next).strip();
            int answerFeedback = indexOfUnescaped(answer, "#", 0);
            if (answerFeedback >= 0) {
                answer = answer.substring(0, answerFeedback).strip();
            }
            double weight = marker == '=' ? 100 : 0;
            Matcher w = WEIGHT.matcher(answer);
            if (w.find()) {
                weight = Double.parseDouble(w.group(1));
                answer = answer.substring(w.end()).strip();
            }
            if (marker == '~') {
                anyWrongMarker = true;
            }
            String answerText = text(answer, html);
            if (weight > 0) {
                right.add(texts.size());
                positiveWeights++;
            }
            if (weight >= 100) {
                fullCredit.add(answerText);
            }
            texts.add(answerText);
            start = next;
        }
        if (!anyWrongMarker) {
            // partial-credit answers of a short answer are not kept: a blank is either right or wrong
            return new Answers(QuestionType.FILL_BLANK, fullCredit, Set.of(), null, generalFeedback);
        }
        QuestionType type = positiveWeights > 1 ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        return new Answers(type, texts, right, null, generalFeedback);
    }

    /** @return the index of the next unescaped {@code =} or {@code ~} from {@code from}, or the length */
    private static int nextMarker(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                return i;
            }
        }
        return s.length();
    }

    private static int indexOfUnescaped(String s, String target, int from) {
        for (int i = from; i <= s.length() - target.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(target, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOffset(String s, int index) {
        return (int) s.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    /** Unescapes GIFT text, reduces HTML to text when the format says so, and strips it. */
    private static String text(String raw, boolean html) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        String text = html ? Html.toText(out.toString()) : out.toString();
        return text.strip();
    }

    @Override
    public QuestionExport write(List<QuestionDraft> questions) {
        StringBuilder out = new StringBuilder("// SafeSkill LMS 题库导出 (GIFT)\n\n");
        List<Integer> skipped = new ArrayList<>();
        String category = null;
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft draft = questions.get(i);
            QuestionBody body = draft.content().body();
            String answers = answerBlock(body, draft.content().explanation());
            if (answers == null) {
                skipped.add(i);
                continue;
            }
            if (draft.category() != null && !Objects.equals(category, draft.category())) {
                category = draft.category();
                out.append("$CATEGORY: ").append(category.replace('\n', ' ')).append("\n\n");
            }
            out.append(escape(body.stem())).append(' ').append(answers).append("\n\n");
        }
        return new QuestionExport(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static String answerBlock(QuestionBody body, String explanation) {
        StringBuilder block = new StringBuilder("{");
        switch (body.type()) {
            case SINGLE_CHOICE -> {
                for (int o = 0; o < body.options().size(); o++) {
                    block.append('\n').append(body.correctOptions().contains(o) ? "\t=" : "\t~")
                            .append(escape(body.options().get(o)));
                }
                block.append('\n');
            }
            case MULTIPLE_CHOICE -> {
                String share = weight(100.0 / body.correctOptions().size());
                for (int o = 0; o < body.options().size(); o++) {
                    block.append("\n\t~%").append(body.correctOptions().contains(o) ? share : "-100").append('%')
                            .append(escape(body.options().get(o)));
                }
                block.append('\n');
            }
            case TRUE_FALSE -> block.append(body.truth() ? "TRUE" : "FALSE");
            case FILL_BLANK -> {
                if (body.blanks().size() != 1) {
                    return null;
                }
                body.blanks().get(0).accepted().forEach(a -> block.append('=').append(escape(a)).append(' '));
            }
            case SHORT_ANSWER -> {
                // an essay: an empty block
            }
            default -> {
                return null;
            }
        }
        if (explanation != null) {
            block.append("####").append(escape(explanation));
        }
        return block.append('}').toString();
    }

    private static String weight(double percent) {
        return new BigDecimal(percent).setScale(5, RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                continue;
            } else {
                if (SPECIALS.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
