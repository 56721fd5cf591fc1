package org.kasten.render;

import java.util.Locale;

/** The note page's colour theme; each has a stylesheet under {@code org/kasten/render/}. */
public enum Theme {
    LIGHT, DARK;

    /** The theme called {@code name} ("light" or "dark", any case); anything else is an error. */
    public static Theme named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown theme '" + name + "' (light or dark)", e);
        }
    }

    /** The lower-case name used in file and CSS names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
