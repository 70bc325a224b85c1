package net.safeskill.lms.bank.domain.model.transfer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * The Aiken format (E2): single-choice questions as plain text — the stem, options {@code A. …} or {@code A) …}
 * (also the Chinese {@code A、} and full-width {@code A．}/{@code A）}), and {@code ANSWER: B} (also {@code 答案：B});
 * questions separated by blank lines. Written as {@code A. …} and {@code ANSWER: B}; every other type is skipped and
 * new lines inside a text become spaces (Aiken texts are single lines).
 */
public final class AikenFormat implements QuestionFormat {

    private static final Pattern OPTION = Pattern.compile("^([A-Za-z])\\s*[.)．）、]\\s*(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^(?:ANSWER|答案)\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public ImportPreview read(byte[] input, Set<String> existingStems) {
        List<String> lines = TextFiles.lines(input);
        if (lines == null) {
            return TextFiles.tooLarge();
        }
        ImportPreview.Collector collector = new ImportPreview.Collector();
        int start = -1;
        for (int i = 0; i <= lines.size() && !collector.full(); i++) {
            boolean blank = i == lines.size() || lines.get(i).isBlank();
            if (blank && start >= 0) {
                question(lines.subList(start, i), start + 1, collector);
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return collector.preview(existingStems);
    }

    private static void question(List<String> block, int firstLine, ImportPreview.Collector collector) {
        StringBuilder stem = new StringBuilder();
        List<String> options = new ArrayList<>();
        String answer = null;
        int answerLine = firstLine;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i).strip();
            int lineNumber = firstLine + i;
            Matcher option = OPTION.matcher(line);
            Matcher answerMatch = ANSWER.matcher(line);
            if (answer != null) {
                collector.issue(lineNumber, null, "bank.import.aiken.afterAnswer");
                return;
            } else if (answerMatch.matches()) {
                answer = answerMatch.group(1).strip().toUpperCase(Locale.ROOT);
                answerLine = lineNumber;
            } else if (option.matches() && (!options.isEmpty() || stem.length() > 0)
                    && Character.toUpperCase(option.group(1).charAt(0)) == 'A' + options.size()) {
                options.add(option.group(2));
            } else if (options.isEmpty()) {
                stem.append(stem.length() == 0 ? "" : "\n").append(line);
            } else {
                collector.issue(lineNumber, null, "bank.import.aiken.optionSyntax", (char) ('A' + options.size()));
                return;
            }
        }
        if (options.isEmpty()) {
            collector.issue(firstLine, null, "bank.import.aiken.noOptions");
            return;
        }
        if (answer == null) {
            collector.issue(firstLine + block.size() - 1, null, "bank.import.aiken.noAnswer");
            return;
        }
        int index = answer.length() == 1 ? answer.charAt(0) - 'A' : -1;
        if (index < 0 || index >= options.size()) {
            collector.issue(answerLine, null, "bank.import.aiken.answerUnknown", answer);
            return;
        }
        try {
            QuestionBody body = QuestionBody.singleChoice(stem.toString(), options, index);
            collector.add(firstLine, new QuestionDraft(null, null, null,
                    new RevisionContent(body, new TreeSet<>(), QuestionDraft.DEFAULT_DIFFICULTY, null, List.of())));
        } catch (DomainException e) {
            collector.issue(firstLine, null, e);
        }
    }

    @Override
    public QuestionExport write(List<QuestionDraft> questions) {
        StringBuilder out = new StringBuilder();
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionBody body = questions.get(i).content().body();
            if (body.type() != QuestionType.SINGLE_CHOICE) {
                skipped.add(i);
                continue;
            }
            out.append(line(body.stem())).append('\n');
            for (int o = 0; o < body.options().size(); o++) {
                out.append((char) ('A' + o)).append(". ").append(line(body.options().get(o))).append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + body.correctOptions().first())).append("\n\n");
        }
        return new QuestionExport(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static String line(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
