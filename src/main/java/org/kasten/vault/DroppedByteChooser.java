package org.kasten.vault;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kasten.vault.MojibakeRun.Sequence;

/**
 * Picks one reading for each sequence of a mojibake run when dropped bytes leave several: the closing
 * quote rule, then the style shared by the run's letters, then the one spelling that is an English word.
 * Returns null (leave the run alone) whenever the choice is not unambiguous.
 */
final class DroppedByteChooser {

    private static final int RIGHT_DOUBLE_QUOTE = 0x201D;
    private static final int MAX_SPELLINGS = 20_000;

    private DroppedByteChooser() {
    }

    /** One code point per sequence, or null when some sequence stays ambiguous. */
    static int[] choose(List<Sequence> sequences) {
        if (sequences.size() == 1 && sequences.get(0).missing() > 0) {
            // one guessed sequence with nothing around to agree with: only the closing quote is safe.
            // ("Uludağ’da" is Turkish; read as F0 [9D 90] 92 it would become "Uluda𝐒da".)
            int quote = closingQuote(sequences.get(0));
            return quote < 0 ? null : new int[] {quote};
        }
        int[] chosen = new int[sequences.size()];
        boolean ambiguous = false;
        for (int i = 0; i < chosen.length; i++) {
            Sequence s = sequences.get(i);
            chosen[i] = s.candidates().length == 1 ? s.candidates()[0] : closingQuote(s);
            ambiguous |= chosen[i] < 0;
        }
        if (!ambiguous) {
            return chosen;
        }
        Object group = commonGroup(sequences);
        if (group == null) {
            return null;
        }
        int[][] options = new int[chosen.length][];
        for (int i = 0; i < chosen.length; i++) {
            options[i] = chosen[i] >= 0 ? new int[] {chosen[i]} : inGroup(sequences.get(i).candidates(), group);
            if (options[i].length == 0) {
                return null;
            }
        }
        return EnglishSpelling.choose(options, MAX_SPELLINGS);
    }

    /**
     * "â€" + a dropped byte: E2 80 9D is '”'. The other fillings are U+2001 em quad, U+200D–U+200F (joiner,
     * direction marks), U+2010 hyphen, '„' (only if 0x9E was dropped, i.e. windows-1254) and rare symbols
     * (U+2040, U+2340, U+2400, U+2740 ...). '”' is by far the commonest of them in text, and it is the partner
     * of '“' (E2 80 9C), which survives both code pages intact as "â€œ"; so we take it.
     */
    private static int closingQuote(Sequence s) {
        boolean shape = s.lead() == 0xE2 && s.present().length == 1 && s.present()[0] == 0x80 && s.missing() == 1;
        for (int cp : s.candidates()) {
            if (shape && cp == RIGHT_DOUBLE_QUOTE) {
                return cp;
            }
        }
        return -1;
    }

    /** The one group (letter style and case, else Unicode block) the most sequences can belong to; null on a tie. */
    private static Object commonGroup(List<Sequence> sequences) {
        Map<Object, Integer> coverage = new HashMap<>();
        for (Sequence s : sequences) {
            Set<Object> groups = new HashSet<>();
            for (int cp : s.candidates()) {
                groups.add(groupOf(cp));
            }
            groups.forEach(g -> coverage.merge(g, 1, Integer::sum));
        }
        int best = coverage.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Object> winners = coverage.entrySet().stream()
                .filter(e -> e.getValue() == best)
                .map(Map.Entry::getKey)
                .toList();
        return winners.size() == 1 ? winners.get(0) : null;
    }

    private static Object groupOf(int cp) {
        int style = MathLetters.styleAndCase(cp);
        return style >= 0 ? (Object) Integer.valueOf(style) : Character.UnicodeBlock.of(cp);
    }

    private static int[] inGroup(int[] candidates, Object group) {
        return Arrays.stream(candidates).filter(cp -> groupOf(cp).equals(group)).toArray();
    }
}
