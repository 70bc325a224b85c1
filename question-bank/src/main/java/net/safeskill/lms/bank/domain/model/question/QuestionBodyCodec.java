package net.safeskill.lms.bank.domain.model.question;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link QuestionBody} in one text column (E1). The body is a small tree (a case analysis holds
 * sub-questions) that is never queried by its parts, so it is kept as a sequence of length-prefixed tokens
 * ({@code 5:hello}): no escaping, nothing a stem can contain breaks it, and decoding re-checks every rule of the body.
 */
@Converter
public class QuestionBodyCodec implements AttributeConverter<QuestionBody, String> {

    @Override
    public String convertToDatabaseColumn(QuestionBody body) {
        return body == null ? null : encode(body);
    }

    @Override
    public QuestionBody convertToEntityAttribute(String text) {
        return text == null ? null : decode(text);
    }

    public static String encode(QuestionBody body) {
        StringBuilder out = new StringBuilder();
        write(body, out);
        return out.toString();
    }

    public static QuestionBody decode(String text) {
        Reader reader = new Reader(text);
        QuestionBody body = read(reader);
        if (reader.position != text.length()) {
            throw new IllegalArgumentException("trailing data in a stored question body");
        }
        return body;
    }

    private static void write(QuestionBody body, StringBuilder out) {
        token(out, body.type().name());
        token(out, body.stem());
        list(out, body.options());
        list(out, body.correctOptions().stream().map(String::valueOf).toList());
        token(out, body.truth() == null ? "" : body.truth().toString());
        token(out, String.valueOf(body.blanks().size()));
        body.blanks().forEach(b -> list(out, b.accepted()));
        token(out, body.referenceAnswer() == null ? "" : body.referenceAnswer());
        token(out, String.valueOf(body.parts().size()));
        body.parts().forEach(p -> write(p, out));
    }

    private static void list(StringBuilder out, List<String> values) {
        token(out, String.valueOf(values.size()));
        values.forEach(v -> token(out, v));
    }

    private static void token(StringBuilder out, String value) {
        out.append(value.length()).append(':').append(value);
    }

    private static QuestionBody read(Reader in) {
        QuestionType type = QuestionType.valueOf(in.token());
        String stem = in.token();
        List<String> options = in.list();
        TreeSet<Integer> correct = new TreeSet<>();
        in.list().forEach(i -> correct.add(Integer.valueOf(i)));
        String truth = in.token();
        int blankCount = Integer.parseInt(in.token());
        List<Blank> blanks = new ArrayList<>();
        for (int i = 0; i < blankCount; i++) {
            blanks.add(new Blank(in.list()));
        }
        String reference = in.token();
        int partCount = Integer.parseInt(in.token());
        List<QuestionBody> parts = new ArrayList<>();
        for (int i = 0; i < partCount; i++) {
            parts.add(read(in));
        }
        return new QuestionBody(type, stem, options, correct, truth.isEmpty() ? null : Boolean.valueOf(truth), blanks,
                reference.isEmpty() ? null : reference, parts);
    }

    private static final class Reader {
        private final String text;
        private int position;

        Reader(String text) {
            this.text = text;
        }

        String token() {
            int colon = text.indexOf(':', position);
            if (colon < 0) {
                throw new IllegalArgumentException("truncated question body");
            }
            int length = Integer.parseInt(text.substring(position, colon));
            position = colon + 1 + length;
            return text.substring(colon + 1, position);
        }

        List<String> list() {
            int size = Integer.parseInt(token());
            List<String> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(token());
            }
            return values;
        }
    }
}
