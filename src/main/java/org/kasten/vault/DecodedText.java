package org.kasten.vault;

import java.util.List;

/**
 * Text decoded from a file's bytes.
 *
 * @param text     the decoded text, BOM removed, mojibake repaired
 * @param charset  the charset used: "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
 * @param repairs  how many mojibake sequences were repaired
 * @param warnings human-readable notes for the user (legacy code page used, mojibake repaired ...)
 */
public record DecodedText(String text, String charset, int repairs, List<String> warnings) {
    public DecodedText {
        warnings = List.copyOf(warnings);
    }
}
