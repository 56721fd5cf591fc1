package org.kasten.render;

/**
 * The parts of a wiki-link as Obsidian reads them: the target before the first {@code |} (an escaped
 * {@code \|}, as in tables, counts too) and the rest as display text or size.
 */
record WikiTarget(String target, String text) {

    /** Parses the inside of {@code [[…]]} or {@code ![[…]]}. */
    static WikiTarget parse(CharSequence inside) {
        String raw = inside.toString().replace("\\|", "|");
        int bar = raw.indexOf('|');
        if (bar < 0) {
            return new WikiTarget(raw.strip(), null);
        }
        String text = raw.substring(bar + 1).strip();
        return new WikiTarget(raw.substring(0, bar).strip(), text.isEmpty() ? null : text);
    }

    /** What Obsidian shows for a link without text: "Note", "Note > Heading", or "Heading" for a same-note link. */
    String defaultText() {
        int hash = target.indexOf('#');
        if (hash < 0) {
            return target;
        }
        String page = target.substring(0, hash).strip();
        String anchor = target.substring(hash + 1).replace("#", " > ").strip();
        return page.isEmpty() ? anchor : page + " > " + anchor;
    }
}
