package net.safeskill.lms.study.domain.model.scorm;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * One commit of a SCO's runtime data, as the runtime (scorm-again, {@code dataCommitFormat: json}) sends it:
 * {@code {"cmi": {...}}}. Read defensively: the body is untrusted, so size, shape and the few values the platform
 * reads (completion, success, score) are checked; everything else is kept as the SCO wrote it for the next launch.
 *
 * @param cmiJson    the {@code cmi} object, re-serialised (never the raw body)
 * @param completion completed / incomplete / not attempted / unknown (2004) or the SCORM 1.2 lesson status
 * @param success    passed / failed / unknown; for SCORM 1.2 derived from the lesson status
 * @param scoreRaw   the raw score if the SCO reported one
 */
public record ScormCommit(String cmiJson, String completion, String success, BigDecimal scoreRaw) {

    /** Largest commit body accepted: SCORM 2004 allows 64,000 characters of suspend data, plus the rest. */
    public static final int MAX_BYTES = 256 * 1024;

    /** A score as SCORM writes one: a plain decimal, at most seven digits before the point. */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("-?\\d{1,7}(\\.\\d{1,4})?");

    private static final Set<String> STATUS_12 = Set.of("passed", "completed", "failed", "incomplete", "browsed",
            "not attempted");
    private static final Set<String> COMPLETION_2004 = Set.of("completed", "incomplete", "not attempted", "unknown");
    private static final Set<String> SUCCESS_2004 = Set.of("passed", "failed", "unknown");

    /** Reads a commit body of a SCORM 1.2 ({@code version = SCORM_12}) or SCORM 2004 package. */
    public static ScormCommit read(String body, String version) {
        if (body == null || body.isBlank()) {
            throw new DomainException("scorm.commitEmpty");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainException("scorm.commitTooLarge", MAX_BYTES / 1024);
        }
        JsonObject cmi;
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new DomainException("scorm.commitMalformed");
            }
            JsonValue root = parser.getObject();
            if (parser.hasNext()) {
                throw new DomainException("scorm.commitMalformed");
            }
            JsonValue inner = root.asJsonObject().get("cmi");
            if (inner == null || inner.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DomainException("scorm.commitMalformed");
            }
            cmi = inner.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new DomainException("scorm.commitMalformed");
        }
        if ("SCORM_12".equals(version)) {
            JsonObject core = object(cmi, "core");
            String status = vocabulary(text(core, "lesson_status"), STATUS_12, "not attempted");
            String success = switch (status) {
                case "passed", "failed" -> status;
                default -> "unknown";
            };
            return new ScormCommit(cmi.toString(), status, success, number(object(core, "score"), "raw"));
        }
        return new ScormCommit(cmi.toString(), vocabulary(text(cmi, "completion_status"), COMPLETION_2004, "unknown"),
                vocabulary(text(cmi, "success_status"), SUCCESS_2004, "unknown"), number(object(cmi, "score"), "raw"));
    }

    /** Whether the SCO says its learner finished it. */
    public boolean finished() {
        return "completed".equals(completion) || "passed".equals(completion) || "passed".equals(success);
    }

    private static JsonObject object(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        return v != null && v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : null;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static BigDecimal number(JsonObject o, String name) {
        JsonValue v = o == null ? null : o.get(name);
        String text = v instanceof JsonNumber n ? n.toString() : v instanceof JsonString s ? s.getString().strip() : null;
        return text != null && SCORE.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    private static String vocabulary(String value, Set<String> allowed, String otherwise) {
        String v = value == null ? null : value.strip().toLowerCase(Locale.ROOT);
        return v != null && allowed.contains(v) ? v : otherwise;
    }
}
