package org.kasten.vault;

/**
 * The windows-1252 and windows-1254 (Turkish) code pages seen backwards: which byte >= 0x80 a character
 * was decoded from. The two pages agree on every byte they both define; they differ only in six letters
 * (1252 Ð Ý Þ ð ý þ versus 1254 Ğ İ Ş ğ ı ş) and in 0x8E/0x9E (Ž ž, undefined in 1254).
 */
final class LegacyCodePages {

    /** Bytes windows-1252 leaves undefined; a decoder that drops them loses them from the text. */
    static final int[] DROPPED_1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    /** Bytes windows-1254 leaves undefined. */
    static final int[] DROPPED_1254 = {0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E};

    static final int ONLY_1252 = 0x100;
    static final int ONLY_1254 = 0x200;
    private static final int MAX_CHAR = 0x2122; // '™', the highest character either page uses
    private static final String SPECIALS_80_9F =
            "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0"
            + "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    /** For each character: 0 = not from either page, else its byte, or-ed with ONLY_1252 / ONLY_1254. */
    private static final short[] TABLE = new short[MAX_CHAR + 1];

    static {
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = SPECIALS_80_9F.charAt(b - 0x80);
            if (c != 0) {
                TABLE[c] = (short) b;
            }
        }
        for (int b = 0xA0; b <= 0xFF; b++) {
            TABLE[b] = (short) b;
        }
        TABLE['\u017D'] |= ONLY_1252;
        TABLE['\u017E'] |= ONLY_1252;
        String latin = "\u00D0\u00DD\u00DE\u00F0\u00FD\u00FE";
        String turkish = "\u011E\u0130\u015E\u011F\u0131\u015F";
        for (int i = 0; i < latin.length(); i++) {
            TABLE[latin.charAt(i)] |= ONLY_1252;
            TABLE[turkish.charAt(i)] = (short) (latin.charAt(i) | ONLY_1254);
        }
    }

    private LegacyCodePages() {
    }

    /** The table entry of {@code c}: 0 when no code page maps a byte >= 0x80 to it. */
    static int entry(char c) {
        return c <= MAX_CHAR ? TABLE[c] : 0;
    }

    /** True when {@code c} is what windows-1252 or windows-1254 shows for some byte >= 0x80. */
    static boolean isImage(char c) {
        return c >= 0x80 && c <= MAX_CHAR && TABLE[c] != 0;
    }

    /** The byte that shows as {@code c}; only valid when {@link #isImage(char)}. */
    static int byteOf(char c) {
        return TABLE[c] & 0xFF;
    }
}
