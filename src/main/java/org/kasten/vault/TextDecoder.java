package org.kasten.vault;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a note file's bytes into text: BOM (UTF-8, UTF-16), strict UTF-8, else windows-1252 with a warning;
 * then, for Unicode text, repairs mojibake where unambiguous. Stateless and thread-safe.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decodes and repairs the bytes of one file. */
    public DecodedText decode(byte[] bytes) {
        if (isAscii(bytes)) { // the fast path: most notes; no BOM, nothing to repair
            return new DecodedText(new String(bytes, StandardCharsets.US_ASCII), "UTF-8", 0, List.of());
        }
        List<String> warnings = new ArrayList<>(2);
        String charset;
        String text;
        if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = "UTF-16LE";
            text = lenient(bytes, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = "UTF-16BE";
            text = lenient(bytes, 2, StandardCharsets.UTF_16BE);
        } else {
            int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            text = strictUtf8(bytes, offset);
            charset = "UTF-8";
            if (text == null) {
                charset = "windows-1252";
                text = lenient(bytes, offset, WINDOWS_1252);
                warnings.add("not valid UTF-8; read as windows-1252");
            } else if (!mayHoldMojibake(bytes, offset)) {
                return new DecodedText(text, charset, 0, warnings); // most non-ASCII notes: nothing to scan
            }
        }
        if (charset.equals("windows-1252")) {
            // mojibake repair undoes UTF-8 read as a legacy page and saved again as UTF-8; a file that is not
            // UTF-8 at all was saved in some legacy encoding (perhaps not even 1252), so there is nothing to undo
            return new DecodedText(text, charset, 0, warnings);
        }
        MojibakeRepair.Result repaired = MojibakeRepair.repair(text);
        if (repaired.repairs() > 0) {
            warnings.add("repaired " + repaired.repairs() + " mis-encoded characters (mojibake)");
        }
        return new DecodedText(repaired.text(), charset, repaired.repairs(), warnings);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The text if {@code bytes[offset..]} is valid UTF-8, else null. */
    private static String strictUtf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * False when the valid UTF-8 {@code bytes} (from {@code offset}) hold no two non-ASCII characters side by side:
     * then {@link MojibakeRepair} finds nothing, as every sequence it repairs is a run of at least two characters
     * of U+0080 and above. A character that ends right where another non-ASCII one starts shows in the bytes as a
     * byte of 0x80 or more followed by a lead byte (0xC0 and above). Reading the bytes costs a fraction of the
     * repair's scan of the text, and skips it for nine in ten non-ASCII notes of the corpora (curly quotes and
     * dashes stand alone; docs/performance.md, "Issue 16: cold index, session 17").
     */
    static boolean mayHoldMojibake(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length - 1; i++) {
            if (bytes[i] < 0 && (bytes[i + 1] & 0xC0) == 0xC0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes with replacement characters for anything malformed or undefined: never throws. */
    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
