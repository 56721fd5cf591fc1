package org.kasten.vault;

import java.util.ArrayList;
import java.util.List;

import org.kasten.markdown.CodeRegions;

/**
 * Repairs mojibake: UTF-8 text that was once decoded as windows-1252 or windows-1254 and saved again,
 * including bytes those pages dropped ("â€™" becomes "’", "ğ„ğğˆğ’ğğƒğ„" becomes "𝐄𝐏𝐈𝐒𝐎𝐃𝐄"). Only runs
 * that read back as well-formed UTF-8 are touched, weak ones only when the same text holds strong ones,
 * and never inside Markdown code.
 */
final class MojibakeRepair {

    /** The repaired text and how many sequences were repaired (0: {@code text} is the input itself). */
    record Result(String text, int repairs) {
    }

    private record Found(int start, int end, MojibakeRun.Repair repair) {
    }

    private MojibakeRepair() {
    }

    /** Repairs {@code text}; returns it unchanged (same instance) when there is nothing to repair. */
    static Result repair(String text) {
        List<Found> found = null;
        CodeRegions code = null;
        boolean evidence = false;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80 || !LegacyCodePages.isImage(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && LegacyCodePages.isImage(text.charAt(end))) {
                end++;
            }
            // one character alone is never a whole sequence ("é", "ğ" in real text)
            MojibakeRun.Repair repair = end - i >= 2 ? MojibakeRun.read(text, i, end) : null;
            if (repair != null && code == null) {
                code = CodeRegions.of(text); // found lazily: most texts never get here
            }
            if (repair != null && !code.contains(i)) {
                found = found == null ? new ArrayList<>() : found;
                found.add(new Found(i, end, repair));
                evidence |= repair.strength() != MojibakeRun.Strength.WEAK;
            }
            i = end;
        }
        return found == null ? new Result(text, 0) : apply(text, found, evidence);
    }

    private static Result apply(String text, List<Found> found, boolean evidence) {
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int repairs = 0;
        for (Found f : found) {
            if (f.repair().strength() == MojibakeRun.Strength.WEAK && !evidence) {
                continue;
            }
            out.append(text, copied, f.start()).append(f.repair().text());
            copied = f.end();
            repairs += f.repair().sequences();
        }
        if (repairs == 0) {
            return new Result(text, 0);
        }
        return new Result(out.append(text, copied, text.length()).toString(), repairs);
    }
}
