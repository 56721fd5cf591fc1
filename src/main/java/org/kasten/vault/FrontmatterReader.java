package org.kasten.vault;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import org.kasten.note.Frontmatter;

/**
 * Finds the YAML frontmatter block at the top of a note and reads it with Jackson, keeping YAML types:
 * lists, maps, numbers, booleans, nulls, and ISO dates as {@link LocalDate} / date-times.
 */
final class FrontmatterReader {

    /** The frontmatter and where the body starts, or a problem with the YAML. */
    record Result(Frontmatter frontmatter, int bodyOffset, int bodyLine, int errorLine, String error) {
    }

    /** Only true/false are booleans (YAML 1.2, as Obsidian reads it): "no", "on", "yes" stay words. */
    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS).build());
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private FrontmatterReader() {
    }

    /** Splits off and parses the frontmatter of {@code text}; a note without one gets {@link Frontmatter#EMPTY}. */
    static Result read(String text) {
        if (!text.startsWith("---")) {
            return new Result(Frontmatter.EMPTY, 0, 1, 0, null);
        }
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).strip().equals("---")) {
            return new Result(Frontmatter.EMPTY, 0, 1, 0, null);
        }
        int start = next(text, firstEnd);
        int line = 2;
        for (int pos = start; pos < text.length(); ) {
            int end = lineEnd(text, pos);
            String current = text.substring(pos, end).strip();
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(start, pos);
                int bodyOffset = next(text, end);
                return parse(yaml, bodyOffset, line + 1);
            }
            pos = next(text, end);
            line++;
        }
        // An opening '---' without a closing one is not frontmatter (Obsidian shows it as text).
        return new Result(Frontmatter.EMPTY, 0, 1, 0, null);
    }

    private static Result parse(String yaml, int bodyOffset, int bodyLine) {
        if (yaml.isBlank()) {
            return new Result(Frontmatter.EMPTY, bodyOffset, bodyLine, 0, null);
        }
        try {
            Object value = YAML.readValue(yaml, Object.class);
            if (value == null) {
                return new Result(Frontmatter.EMPTY, bodyOffset, bodyLine, 0, null);
            }
            if (!(value instanceof Map<?, ?> map)) {
                return new Result(Frontmatter.EMPTY, bodyOffset, bodyLine, 2,
                        "frontmatter is not a list of 'key: value' properties; ignored");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> values.put(String.valueOf(k), typed(v)));
            return new Result(new Frontmatter(values), bodyOffset, bodyLine, 0, null);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String message = e.getOriginalMessage();
            int cut = message == null ? -1 : message.indexOf('\n');
            message = message == null ? "unreadable" : cut > 0 ? message.substring(0, cut) : message;
            return new Result(Frontmatter.EMPTY, bodyOffset, bodyLine, line > 0 ? line + 1 : 1,
                    "malformed YAML frontmatter (" + message.strip() + "); properties ignored");
        }
    }

    /** Keeps YAML's types and turns ISO date strings into java.time values. */
    private static Object typed(Object value) {
        if (value instanceof String s) {
            try {
                if (DATE.matcher(s).matches()) {
                    return LocalDate.parse(s);
                }
                if (DATE_TIME.matcher(s).matches()) {
                    String iso = s.replace(' ', 'T');
                    return iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")
                            ? OffsetDateTime.parse(iso.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"))
                            : LocalDateTime.parse(iso);
                }
            } catch (DateTimeParseException e) {
                return s;
            }
            return s;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(typed(v)));
            return java.util.Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), typed(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }
        return value;
    }

    static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        int end = nl < 0 ? text.length() : nl;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    static int next(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        return Math.min(text.length(), lineEnd + 1);
    }
}
