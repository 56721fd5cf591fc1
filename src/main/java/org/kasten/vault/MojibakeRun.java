package org.kasten.vault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run of characters that windows-1252/1254 shows for bytes >= 0x80, read back as the UTF-8 it may once
 * have been. The run is repaired whole or not at all: every byte must belong to a well-formed sequence.
 */
final class MojibakeRun {

    /** How sure we are that a run is mojibake rather than real text. */
    enum Strength {
        /** Plausible real text too ("PÅ…" in Danish capitals): repaired only where the text holds stronger evidence. */
        WEAK,
        /** A two-byte sequence no real text writes, like "Ã©". */
        CONFIDENT,
        /** Several sequences, or a three- or four-byte one, like "â€™". */
        STRONG
    }

    /** The repaired text of a run, how many sequences it held, and how sure we are. */
    record Repair(String text, int sequences, Strength strength) {
    }

    /** One UTF-8 sequence: lead byte, the continuation bytes that survived, how many were dropped, its readings. */
    record Sequence(int lead, int[] present, int missing, int[] candidates) {
        boolean isLone() {
            return present.length == 0;
        }
    }

    /** Characters that really do follow a word directly; after one of them "É…" may be real text. */
    private static final String WORD_FOLLOWERS = "’‘”“„‚…»«›‹–—•·°´\u00A0";

    private MojibakeRun() {
    }

    /** Reads {@code text[start, end)} (all code page images) as UTF-8; null when it is not mojibake. */
    static Repair read(String text, int start, int end) {
        int[] bytes = new int[end - start];
        boolean only1252 = false;
        for (int i = start; i < end; i++) {
            int entry = LegacyCodePages.entry(text.charAt(i));
            bytes[i - start] = entry & 0xFF;
            only1252 |= (entry & LegacyCodePages.ONLY_1252) != 0;
        }
        // a run without 1252-only letters may come from either page; 1254's dropped set contains 1252's
        List<Sequence> sequences = parse(bytes, only1252 ? LegacyCodePages.DROPPED_1252 : LegacyCodePages.DROPPED_1254);
        if (sequences == null || !lonesSupported(sequences)) {
            return null;
        }
        int[] chosen = DroppedByteChooser.choose(sequences);
        if (chosen == null) {
            return null;
        }
        Strength strength = strength(sequences, chosen[0], text, start, end);
        if (strength == null) {
            return null;
        }
        StringBuilder repaired = new StringBuilder(chosen.length * 2);
        for (int cp : chosen) {
            repaired.appendCodePoint(cp);
        }
        return new Repair(repaired.toString(), chosen.length, strength);
    }

    /** Splits the bytes into sequences; null when a byte fits no sequence or a sequence has no reading. */
    private static List<Sequence> parse(int[] bytes, int[] dropped) {
        List<Sequence> sequences = new ArrayList<>();
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i];
            int expected = Utf8Candidates.continuationCount(lead);
            if (expected < 0) {
                return null;
            }
            int j = i + 1;
            while (j < bytes.length && j - i - 1 < expected && Utf8Candidates.isContinuation(bytes[j])) {
                j++;
            }
            int[] present = Arrays.copyOfRange(bytes, i + 1, j);
            int missing = expected - present.length;
            int[] candidates = Utf8Candidates.of(lead, present, missing, dropped);
            if (candidates.length == 0) {
                return null;
            }
            sequences.add(new Sequence(lead, present, missing, candidates));
            i = j;
        }
        return sequences;
    }

    /**
     * A lead byte alone ("ğ" with all three continuation bytes dropped) is only believed next to a sequence
     * with the same lead that kept some of its bytes: on its own it is far likelier a real letter ("SÃO").
     */
    private static boolean lonesSupported(List<Sequence> sequences) {
        for (Sequence lone : sequences) {
            if (lone.isLone() && sequences.stream().noneMatch(s -> !s.isLone() && s.lead() == lone.lead())) {
                return false;
            }
        }
        return true;
    }

    /** How sure we are, or null when the run must stay as it is. */
    private static Strength strength(List<Sequence> sequences, int firstCodePoint, String text, int start, int end) {
        Sequence only = sequences.get(0);
        if (sequences.size() > 1 || only.present().length + only.missing() >= 2) {
            return Strength.STRONG;
        }
        // one complete two-byte sequence: the run is exactly lead + continuation
        char previous = start > 0 ? text.charAt(start - 1) : ' ';
        char continuation = text.charAt(end - 1);
        char next = end < text.length() ? text.charAt(end) : ' ';
        if (firstCodePoint < 0xA0 || firstCodePoint > 0x17F) {
            // Greek, Cyrillic, IPA ... from one sequence: only as a word of its own ("Ï€ = 3.14"), never glued
            // to letters, where it is likelier real text such as "ULUDAĞ’DA" (Ğ’ reads as Cyrillic В)
            boolean alone = !Character.isLetterOrDigit(previous) && !Character.isLetterOrDigit(next);
            return alone ? Strength.WEAK : null;
        }
        // "É…" ends a word; "Ã–sterreich" or "3Ã—4" (the punctuation glued to what follows) does not
        boolean endsWord = WORD_FOLLOWERS.indexOf(continuation) >= 0 && !Character.isLetterOrDigit(next)
                && !(continuation == '\u00A0' && Character.isWhitespace(next));
        return endsWord ? Strength.WEAK : Strength.CONFIDENT;
    }
}
