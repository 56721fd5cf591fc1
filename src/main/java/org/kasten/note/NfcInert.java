package org.kasten.note;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * The characters from U+0080 that NFC leaves as they are wherever they stand: normalised alone, and neither a
 * combining mark nor a Hangul jamo (the characters that NFC may join to the one before them). A text of these
 * and ASCII is in NFC. Only the blocks most notes use are looked at (Latin, Greek, Cyrillic, general punctuation,
 * and the symbols from U+2070 to U+2BFF: currency, letterlike symbols, arrows, mathematical operators, box drawing,
 * dingbats; half of the corpora's non-ASCII notes hold an arrow or a symbol from them, which sent the whole note to
 * the normaliser); any other character counts as not inert. Made on first use. The one answer to "is this text
 * already in NFC?" that a quick path may give without {@link Normalizer}: the parse cache's word filters
 * ({@link WordFilter}) and the graph's mention search ask it.
 */
public final class NfcInert {
    private static final int[][] BLOCKS = {{0x80, 0x530}, {0x2000, 0x2C00}};
    private static final int END = 0x2C00;
    private static final BitSet INERT = new BitSet(END);

    static {
        for (int[] block : BLOCKS) {
            for (int c = block[0]; c < block[1]; c++) {
                int type = Character.getType(c);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
                if (!mark && Character.isDefined(c) && Normalizer.isNormalized(String.valueOf((char) c), Normalizer.Form.NFC)) {
                    INERT.set(c);
                }
            }
        }
    }

    private NfcInert() {
    }

    /** True when NFC never changes {@code c} nor joins it to its neighbours. */
    public static boolean is(int c) {
        return c < END && INERT.get(c);
    }

    /** True when every character of {@code text} is ASCII or inert: the text is in NFC already. */
    public static boolean all(char[] text) {
        for (char c : text) {
            if (c >= 0x80 && !is(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text in NFC: the same instance when it already is (decided quickly by {@link #all} where it can). */
    public static String nfc(String text) {
        if (all(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** As {@link #all(char[])}, for a string. */
    public static boolean all(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !is(c)) {
                return false;
            }
        }
        return true;
    }
}
