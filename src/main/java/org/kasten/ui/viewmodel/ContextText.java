package org.kasten.ui.viewmodel;

import java.util.regex.Pattern;

/** Turns a Markdown line (a backlink's context) into readable text: links show their text, emphasis marks go. */
public final class ContextText {

    private static final Pattern WIKI_SHOWN = Pattern.compile("!?\\[\\[[^\\]|]*\\|([^\\]]*)]]");
    private static final Pattern WIKI = Pattern.compile("!?\\[\\[([^\\]]*)]]");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|==|~~|`)");

    private ContextText() {
    }

    /** The readable form of {@code markdown}; null gives "". */
    public static String clean(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = WIKI_SHOWN.matcher(markdown).replaceAll("$1");
        text = WIKI.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                m.group(1).replace("#^", " \u203a ").replace("#", " \u203a ")));
        text = MD_LINK.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = text.replaceFirst("^\\s*([-*+]|\\d+[.)])\\s+", "").replaceFirst("^#{1,6}\\s+", "").replaceFirst("^>\\s*", "");
        return text.strip();
    }
}
