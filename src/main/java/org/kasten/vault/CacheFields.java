package org.kasten.vault;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain fields of the parse cache: strings as their UTF-8 length and bytes, lists of strings, strings that
 * may be null. Every count and length read is checked, so a damaged file fails with an IOException instead of
 * asking for absurd allocations.
 */
final class CacheFields {

    private CacheFields() {
    }

    /** A collection size, checked so a damaged file cannot ask for absurd allocations. */
    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("corrupt note cache (count " + n + ")");
        }
        return n;
    }

    /** Writes a list of strings as its size and each string. */
    static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String s : values) {
            string(out, s);
        }
    }

    /** Reads a list of strings (modifiable). */
    static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string(in));
        }
        return values;
    }

    /** Writes a string that may be null: a flag, then the string if present. */
    static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            string(out, s);
        }
    }

    /** Reads a string that may be null. */
    static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? string(in) : null;
    }

    /** A string's byte length, checked against the largest note the loader reads. */
    static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > VaultLoader.MAX_NOTE_BYTES * 4) {
            throw new IOException("corrupt note cache (string length " + length + ")");
        }
        return length;
    }

    /** Writes a string as its UTF-8 length and bytes; gives the length. */
    static int string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        return bytes.length;
    }

    /**
     * Writes text already encoded as UTF-8 as {@link #string(DataOutputStream, String)} writes it (a note's texts
     * are held as UTF-8: no decoding and encoding again); gives the length.
     */
    static int utf8(DataOutputStream out, byte[] utf8) throws IOException {
        out.writeInt(utf8.length);
        out.write(utf8);
        return utf8.length;
    }

    /** Reads a string written by {@link #string(DataOutputStream, String)}. */
    static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[length(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
