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

import net.safeskill.lms.bank.domain.model.question.Blank;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * Moodle XML (E2): {@code <quiz>} with {@code <question type="…">} of the types {@code category} (sets the category
 * of the questions after it), {@code multichoice} (single or multiple), {@code truefalse}, {@code shortanswer} (a
 * one-blank fill-in with its full-credit answers), {@code essay} (a short answer; {@code graderinfo} is the reference
 * answer) and {@code description} (not a question; skipped). Other types are reported as unsupported. HTML text is
 * reduced to plain text; {@code generalfeedback} is the explanation. The bank's own attributes travel as Moodle tags:
 * {@code kp:<code>}, {@code difficulty:<1–5>}, {@code industry:<INDUSTRY>}, {@code operation:<item>}, so an export
 * comes back whole.
 *
 * <p>The file is parsed by {@link SafeXml}: a DOCTYPE (hence any external entity or entity bomb), malformed XML or an
 * oversized file refuse the whole file with one clear problem and nothing else.
 */
public final class MoodleXmlFormat implements QuestionFormat {

    private static final String KP = "kp:";
    private static final String DIFFICULTY = "difficulty:";
    private static final String INDUSTRY = "industry:";
    private static final String OPERATION = "operation:";

    @Override
    public ImportPreview read(byte[] input, Set<String> existingStems) {
        SafeXml.Element quiz;
        try {
            quiz = SafeXml.parse(input);
        } catch (SafeXml.Refused refused) {
            return refused.preview;
        }
        if (!"quiz".equals(quiz.name())) {
            return ImportPreview.refused("bank.import.moodle.notQuiz");
        }
        ImportPreview.Collector collector = new ImportPreview.Collector();
        String category = null;
        for (SafeXml.Element question : quiz.all("question")) {
            if (collector.full()) {
                break;
            }
            String type = question.attributes().getOrDefault("type", "");
            if (type.equals("category")) {
                category = question.textOf("category").strip();
                category = category.isEmpty() ? null : category;
                continue;
            }
            if (type.equals("description")) {
                continue;
            }
            try {
                collector.add(question.line(), draft(question, type, category));
            } catch (DomainException e) {
                collector.issue(question.line(), type, e);
            }
        }
        return collector.preview(existingStems);
    }

    private static QuestionDraft draft(SafeXml.Element q, String type, String category) {
        String stem = text(q.child("questiontext"));
        QuestionBody body = switch (type) {
            case "multichoice" -> choice(q, stem);
            case "truefalse" -> QuestionBody.trueFalse(stem, q.all("answer").stream()
                    .filter(a -> fraction(a) >= 100).map(a -> text(a).toLowerCase(Locale.ROOT))
                    .findFirst().orElseThrow(() -> new DomainException("bank.question.trueFalseAnswer")).equals("true"));
            case "shortanswer" -> QuestionBody.fillBlank(stem, List.of(new Blank(q.all("answer").stream()
                    .filter(a -> fraction(a) >= 100).map(MoodleXmlFormat::text).toList())));
            case "essay" -> QuestionBody.shortAnswer(stem, text(q.child("graderinfo")));
            default -> throw new DomainException("bank.import.moodle.unsupported", type);
        };
        TreeSet<String> points = new TreeSet<>();
        int difficulty = QuestionDraft.DEFAULT_DIFFICULTY;
        Industry industry = null;
        String operation = null;
        SafeXml.Element tags = q.child("tags");
        for (SafeXml.Element tag : tags == null ? List.<SafeXml.Element>of() : tags.all("tag")) {
            String value = tag.textOf("text").isEmpty() ? text(tag) : tag.textOf("text").strip();
            if (value.startsWith(KP)) {
                points.add(value.substring(KP.length()));
            } else if (value.startsWith(DIFFICULTY)) {
                difficulty = integer(value.substring(DIFFICULTY.length()));
            } else if (value.startsWith(INDUSTRY)) {
                industry = IndustryNames.parse(value.substring(INDUSTRY.length()));
            } else if (value.startsWith(OPERATION)) {
                operation = value.substring(OPERATION.length());
            }
        }
        String explanation = text(q.child("generalfeedback"));
        return new QuestionDraft(industry, operation, category, new RevisionContent(body, points, difficulty,
                explanation, List.of()));
    }

    private static QuestionBody choice(SafeXml.Element q, String stem) {
        boolean single = !"false".equalsIgnoreCase(q.textOrEmpty("single"));
        List<String> options = new ArrayList<>();
        TreeSet<Integer> right = new TreeSet<>();
        for (SafeXml.Element answer : q.all("answer")) {
            double fraction = fraction(answer);
            if (single ? fraction >= 100 : fraction > 0) {
                right.add(options.size());
            }
            options.add(text(answer));
        }
        return new QuestionBody(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, stem, options,
                right, null, null, null, null);
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("bank.question.difficulty", RevisionContent.MIN_DIFFICULTY,
                    RevisionContent.MAX_DIFFICULTY);
        }
    }

    private static double fraction(SafeXml.Element answer) {
        try {
            return Double.parseDouble(answer.attributes().getOrDefault("fraction", "0"));
        } catch (NumberFormatException e) {
            throw new DomainException("bank.import.moodle.fraction");
        }
    }

    /** The text of an element with a {@code <text>} child, reduced from HTML unless its format says otherwise. */
    private static String text(SafeXml.Element element) {
        if (element == null) {
            return "";
        }
        SafeXml.Element t = element.child("text");
        String raw = t == null ? element.text() : t.text();
        String format = element.attributes().getOrDefault("format", "html");
        return (format.equals("html") || format.equals("moodle_auto_format") ? Html.toText(raw) : raw).strip();
    }

    @Override
    public QuestionExport write(List<QuestionDraft> questions) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        List<Integer> skipped = new ArrayList<>();
        String category = null;
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft draft = questions.get(i);
            QuestionBody body = draft.content().body();
            String type = switch (body.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
                case TRUE_FALSE -> "truefalse";
                case FILL_BLANK -> body.blanks().size() == 1 ? "shortanswer" : null;
                case SHORT_ANSWER -> "essay";
                case CASE_ANALYSIS -> null;
            };
            if (type == null) {
                skipped.add(i);
                continue;
            }
            if (draft.category() != null && !Objects.equals(category, draft.category())) {
                category = draft.category();
                out.append("  <question type=\"category\">\n    <category><text>").append(escape(category))
                        .append("</text></category>\n  </question>\n");
            }
            question(out, type, draft);
        }
        out.append("</quiz>\n");
        return new QuestionExport(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static void question(StringBuilder out, String type, QuestionDraft draft) {
        RevisionContent content = draft.content();
        QuestionBody body = content.body();
        out.append("  <question type=\"").append(type).append("\">\n");
        String name = body.stem().replaceAll("\\s+", " ");
        out.append("    <name><text>").append(escape(name.length() > 40 ? name.substring(0, 40) : name))
                .append("</text></name>\n");
        textElement(out, "questiontext", body.stem());
        if (content.explanation() != null) {
            textElement(out, "generalfeedback", content.explanation());
        }
        out.append("    <defaultgrade>1</defaultgrade>\n");
        switch (body.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                boolean single = body.type() == QuestionType.SINGLE_CHOICE;
                out.append("    <single>").append(single).append("</single>\n");
                out.append("    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>ABCD</answernumbering>\n");
                String share = single ? "100" : new BigDecimal(100.0 / body.correctOptions().size())
                        .setScale(5, RoundingMode.DOWN).stripTrailingZeros().toPlainString();
                for (int o = 0; o < body.options().size(); o++) {
                    answer(out, body.correctOptions().contains(o) ? share : single ? "0" : "-100",
                            body.options().get(o));
                }
            }
            case TRUE_FALSE -> {
                answer(out, body.truth() ? "100" : "0", "true");
                answer(out, body.truth() ? "0" : "100", "false");
            }
            case FILL_BLANK -> {
                out.append("    <usecase>0</usecase>\n");
                body.blanks().get(0).accepted().forEach(a -> answer(out, "100", a));
            }
            case SHORT_ANSWER -> {
                out.append("    <responseformat>plain</responseformat>\n");
                if (body.referenceAnswer() != null) {
                    textElement(out, "graderinfo", body.referenceAnswer());
                }
            }
            default -> throw new IllegalStateException(body.type().name());
        }
        out.append("    <tags>\n");
        content.knowledgePoints().forEach(kp -> tag(out, KP + kp));
        tag(out, DIFFICULTY + content.difficulty());
        if (draft.industry() != null) {
            tag(out, INDUSTRY + draft.industry().name());
        }
        if (draft.operationItem() != null) {
            tag(out, OPERATION + draft.operationItem());
        }
        out.append("    </tags>\n  </question>\n");
    }

    private static void textElement(StringBuilder out, String element, String text) {
        out.append("    <").append(element).append(" format=\"plain_text\"><text>").append(escape(text))
                .append("</text></").append(element).append(">\n");
    }

    private static void answer(StringBuilder out, String fraction, String text) {
        out.append("    <answer fraction=\"").append(fraction).append("\" format=\"plain_text\"><text>")
                .append(escape(text)).append("</text></answer>\n");
    }

    private static void tag(StringBuilder out, String value) {
        out.append("      <tag><text>").append(escape(value)).append("</text></tag>\n");
    }

    /** Escapes XML text; characters XML 1.0 cannot hold are dropped. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
