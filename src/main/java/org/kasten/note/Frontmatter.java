package org.kasten.note;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A note's YAML frontmatter, with YAML types kept: strings, numbers, booleans, {@code LocalDate}s,
 * lists, maps and nulls, in file order.
 */
public record Frontmatter(Map<String, Object> values) {

    /** Frontmatter of a note that has none. */
    public static final Frontmatter EMPTY = new Frontmatter(Map.of());

    public Frontmatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The raw value of a key, or null. */
    public Object get(String key) {
        return values.get(key);
    }

    /** True when there is no frontmatter. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A value as a list of strings: a list's elements, or a comma-separated string split and trimmed. */
    public List<String> strings(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf)
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        String text = String.valueOf(value);
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A scalar value as a string, or null when absent or not a scalar. */
    public String string(String key) {
        Object value = values.get(key);
        if (value == null || value instanceof List<?> || value instanceof Map<?, ?>) {
            return null;
        }
        return String.valueOf(value);
    }
}
