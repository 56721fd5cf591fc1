package org.kasten.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inside of a wiki-link as Obsidian reads it, read once for the vault and the renderer: the first
 * {@code |} (or {@code \|}, as written in tables) starts the shown text (or an embed's size), the first
 * {@code #} of the rest starts the anchor ({@code Heading}, {@code H1#H2}, {@code ^block}).
 *
 * @param target  the page part, stripped; empty for a same-note link ({@code [[#Heading]]})
 * @param anchor  the part after the first {@code #}, stripped, or null when there is none or it is empty
 * @param display the text after {@code |}, stripped, or null when there is none or it is empty
 */
public record WikiLink(String target, String anchor, String display) {

    /** {@code [[...]]} or {@code ![[...]]} on one line (group 1 the {@code !}, group 2 the inside), where no Markdown parser runs. */
    public static final Pattern PATTERN = Pattern.compile("(!?)\\[\\[([^\\[\\]\\n]+?)]]");

    /** A block id at the end of a line: {@code text ^id}, or right after an embed: {@code ![[img.png]]^id}. */
    public static final Pattern BLOCK_ID = Pattern.compile("(?:^|\\s|(?<=]]))\\^([A-Za-z0-9][A-Za-z0-9-]*)\\s*$");

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(?:https?|mailto):");

    /** Reads the inside of {@code [[…]]} or {@code ![[…]]}. */
    public static WikiLink parse(CharSequence inside) {
        String text = inside.toString().replace("\\|", "|");
        String display = null;
        int pipe = text.indexOf('|');
        if (pipe >= 0) {
            display = text.substring(pipe + 1).strip();
            text = text.substring(0, pipe);
        }
        String anchor = null;
        int hash = text.indexOf('#');
        if (hash >= 0) {
            anchor = text.substring(hash + 1).strip();
            text = text.substring(0, hash);
        }
        return new WikiLink(text.strip(), anchor == null || anchor.isEmpty() ? null : anchor,
                display == null || display.isEmpty() ? null : display);
    }

    /** A matcher for wiki-links over {@code text}. */
    public static Matcher matcher(CharSequence text) {
        return PATTERN.matcher(text);
    }

    /** True when the link names nothing to follow: {@code [[]]}, {@code [[|x]]}, {@code [[#]]}. */
    public boolean isEmpty() {
        return target.isEmpty() && anchor == null;
    }

    /** True when the link leads into the vault: it names something ({@link #isEmpty()} not) and is no web address. */
    public boolean isVaultLink() {
        return !isEmpty() && !isWebAddress();
    }

    /**
     * True when the target is a web address ({@code https://…}, {@code http:}, {@code mailto:}): a link out of
     * the vault, shown as such and no concept of the graph. Any other text with a colon ({@code Re: Planning})
     * is a name.
     */
    public boolean isWebAddress() {
        return isWebAddress(target);
    }

    /** As {@link #isWebAddress()} for a wiki-link's target as written. */
    public static boolean isWebAddress(String target) {
        return WEB_ADDRESS.matcher(target).lookingAt();
    }

    /** The target with its anchor, {@code Note#Heading}, as a link target is written. */
    public String targetWithAnchor() {
        return anchor == null ? target : target + "#" + anchor;
    }

    /** What Obsidian shows for a link without text: "Note", "Note > Heading", or "Heading" for a same-note link. */
    public String defaultText() {
        if (anchor == null) {
            return target;
        }
        String headings = anchor.replace("#", " > ");
        return target.isEmpty() ? headings : target + " > " + headings;
    }
}
