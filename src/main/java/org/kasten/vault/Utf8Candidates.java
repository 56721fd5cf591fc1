package org.kasten.vault;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which code points a UTF-8 sequence could have encoded, given the bytes that survived and how many
 * continuation bytes a legacy code page dropped (at unknown places, with values from its undefined set).
 */
final class Utf8Candidates {

    /** Filled-in readings by sequence shape: mojibake repeats the same few shapes ("ğ", "ğ„") many times. */
    private static final Map<Long, int[]> FILLED = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;

    private Utf8Candidates() {
    }

    /** How many continuation bytes a lead byte announces, or -1 when it cannot start a sequence. */
    static int continuationCount(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 3;
        }
        return -1;
    }

    static boolean isContinuation(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * All acceptable code points for {@code lead} followed by {@code present} continuation bytes plus
     * {@code missing} dropped ones from {@code dropped}. With nothing missing the sequence is read as is;
     * filled-in sequences must also land in a {@linkplain #isPlausibleFill plausible range}.
     * The returned array may be shared: callers must not change it.
     */
    static int[] of(int lead, int[] present, int missing, int[] dropped) {
        if (missing == 0) {
            int cp = decode(lead, present);
            return cp >= 0 && isAcceptable(cp) ? new int[] {cp} : new int[0];
        }
        long key = ((long) lead << 40) | ((long) present.length << 8) | (missing << 4) | dropped.length;
        for (int i = 0; i < present.length; i++) {
            key |= (long) present[i] << (16 + 8 * i);
        }
        int[] cached = FILLED.get(key);
        if (cached == null) {
            cached = filled(lead, present, missing, dropped);
            if (FILLED.size() < MAX_CACHED) {
                FILLED.put(key, cached);
            }
        }
        return cached;
    }

    private static int[] filled(int lead, int[] present, int missing, int[] dropped) {
        int total = present.length + missing;
        int[] found = new int[16];
        int count = 0;
        int[] cont = new int[total];
        // every placement of the dropped bytes (a bit mask over the slots) times every value assignment
        for (int mask = 0; mask < (1 << total); mask++) {
            if (Integer.bitCount(mask) != missing) {
                continue;
            }
            int assignments = (int) Math.pow(dropped.length, missing);
            for (int a = 0; a < assignments; a++) {
                int p = 0;
                int rest = a;
                for (int slot = 0; slot < total; slot++) {
                    if ((mask & (1 << slot)) != 0) {
                        cont[slot] = dropped[rest % dropped.length];
                        rest /= dropped.length;
                    } else {
                        cont[slot] = present[p++];
                    }
                }
                int cp = decode(lead, cont);
                if (cp >= 0 && isAcceptable(cp) && isPlausibleFill(cp) && indexOf(found, count, cp) < 0) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = cp;
                }
            }
        }
        int[] result = Arrays.copyOf(found, count);
        Arrays.sort(result);
        return result;
    }

    /** Decodes one well-formed sequence (no overlongs, surrogates or values past U+10FFFF), else -1. */
    static int decode(int lead, int[] cont) {
        if (continuationCount(lead) != cont.length) {
            return -1;
        }
        for (int b : cont) {
            if (!isContinuation(b)) {
                return -1;
            }
        }
        int second = cont[0];
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F)) {
            return -1;
        }
        int cp = lead & (0x7F >> (cont.length + 1));
        for (int b : cont) {
            cp = (cp << 6) | (b & 0x3F);
        }
        return cp;
    }

    /** A character real text contains: assigned, not a control, surrogate or private-use code point. */
    static boolean isAcceptable(int cp) {
        int type = Character.getType(cp);
        return Character.isDefined(cp) && type != Character.CONTROL && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }

    /**
     * Where a guessed (filled-in) character may land: Latin letters, punctuation and symbols
     * (U+2000–U+2BFF), the Latin letters and digits of Mathematical Alphanumeric Symbols, and emoji.
     * Everything else (ancient scripts, musical notation ...) is far likelier a wrong guess than a note's text.
     */
    static boolean isPlausibleFill(int cp) {
        return (cp >= 0xA0 && cp <= 0x24F) || (cp >= 0x2000 && cp <= 0x2BFF)
                || MathLetters.isLetterOrDigit(cp) || (cp >= 0x1F000 && cp <= 0x1FAFF);
    }

    private static int indexOf(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
