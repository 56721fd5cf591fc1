package org.kasten.vault;

/**
 * Turns a note file's bytes into text: BOM (UTF-8, UTF-16), strict UTF-8, else windows-1252 with a warning;
 * then repairs mojibake where unambiguous. Stateless and thread-safe.
 */
public final class TextDecoder {

    /** Decodes and repairs the bytes of one file. */
    public DecodedText decode(byte[] bytes) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
