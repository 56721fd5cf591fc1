package org.kasten.graph;

import java.text.Normalizer;
import java.util.Locale;

import org.kasten.note.NfcInert;

/** Lookup keys that ignore case and Unicode normalisation form: every name is compared through these. */
final class Keys {

    private Keys() {
    }

    /** The comparison key of a name: stripped, NFC-normalised, lower-cased. */
    static String key(String text) {
        String stripped = text.strip();
        if (isAscii(stripped)) {
            return stripped.toLowerCase(Locale.ROOT);
        }
        String lower = Normalizer.normalize(stripped, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    /**
     * The last path segment of a key, stripped: links are filed by it ({@link LinkBuckets}), and a table of some
     * keys only looks at the notes whose file names can end one ({@link LastSegments}).
     */
    static String lastSegment(String key) {
        return key.substring(key.lastIndexOf('/') + 1).strip();
    }

    /** A looser key for heading anchors: only letters and digits, lower-cased ("What's new?" → "whatsnew"). */
    static String loose(String text) {
        String nfc = nfc(text);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    /**
     * Lower-cases an NFC string char by char, so that every index of the result is the index of the same
     * character in the input (mention search maps hits back to the original text).
     */
    static String lowerSameLength(String nfc) {
        if (isAscii(nfc)) {
            return nfc.toLowerCase(Locale.ROOT);
        }
        char[] chars = nfc.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** The text in NFC (the same instance when it already is): {@link NfcInert#nfc}. */
    static String nfc(String text) {
        return NfcInert.nfc(text);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
