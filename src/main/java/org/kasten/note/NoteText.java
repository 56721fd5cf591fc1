package org.kasten.note;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a note's two texts (body and plain text) are: in memory as UTF-8, or in a file outside the vault (the
 * parse cache) at known positions, read when asked; and the {@link WordFilter} of its body, kept beside the texts
 * in the parse cache (made from the body when a note has none stored). The texts are most of a loaded vault's memory and are
 * needed for one note at a time (rendering, snippets) or once (indexing), so a loaded vault keeps them in the
 * parse cache it has written or read. The content never changes; only where it is kept does, once, when the
 * texts have been written to a file ({@link #storedIn}). Thread-safe.
 */
public final class NoteText {

    /** A file of texts read by position (a generation of the parse cache, kept open while notes point into it). */
    public interface Store {
        /** The {@code length} bytes at {@code position}. */
        byte[] bytes(long position, int length) throws IOException;

        /** The {@code length} bytes at {@code position}, decoded from UTF-8. */
        default String read(long position, int length) throws IOException {
            return new String(bytes(position, length), StandardCharsets.UTF_8);
        }
    }

    /** Texts kept in memory: a null array stands for a null text (a note made by a test may have none). */
    private record InMemory(byte[] body, byte[] plain) {
    }

    /** Texts in a store: byte positions and lengths of their UTF-8, and of the word filter's bytes (length -1: none). */
    private record Stored(Store store, long bodyAt, int bodyLength, long plainAt, int plainLength, long wordsAt,
                          int wordsLength) {
    }

    private volatile Object place;

    private NoteText(Object place) {
        this.place = place;
    }

    /** Texts held in memory (null stays null). */
    public static NoteText of(String body, String plainText) {
        return new NoteText(new InMemory(bytes(body), bytes(plainText)));
    }

    /**
     * Texts in {@code store}: the UTF-8 of the body at {@code bodyAt}, of the plain text at {@code plainAt}; no word
     * filter stored ({@link #words} makes it from the body).
     */
    public static NoteText stored(Store store, long bodyAt, int bodyLength, long plainAt, int plainLength) {
        return new NoteText(new Stored(store, bodyAt, bodyLength, plainAt, plainLength, 0, -1));
    }

    /** As {@link #stored(Store, long, int, long, int)}, with the body's {@link WordFilter#toBytes} at {@code wordsAt}. */
    public static NoteText stored(Store store, long bodyAt, int bodyLength, long plainAt, int plainLength,
                                  long wordsAt, int wordsLength) {
        return new NoteText(new Stored(store, bodyAt, bodyLength, plainAt, plainLength, wordsAt, wordsLength));
    }

    /**
     * From now on read the texts and the word filter from {@code store}, where they were just written (the same
     * content): the memory the texts held is freed.
     */
    public void storedIn(Store store, long bodyAt, int bodyLength, long plainAt, int plainLength, long wordsAt,
                         int wordsLength) {
        place = new Stored(store, bodyAt, bodyLength, plainAt, plainLength, wordsAt, wordsLength);
    }

    /** True while the texts are held in memory. */
    public boolean inMemory() {
        return place instanceof InMemory;
    }

    /** The body, decoded (or read) anew on each call. */
    public String body() {
        Object now = place;
        return now instanceof InMemory m ? text(m.body) : read((Stored) now, true);
    }

    /** The plain text, decoded (or read) anew on each call. */
    public String plainText() {
        Object now = place;
        return now instanceof InMemory m ? text(m.plain) : read((Stored) now, false);
    }

    /**
     * The word filter of the body: read from the store when it was kept there (the body is not read), else made
     * from the body's UTF-8 ({@link WordFilter#ofUtf8}, as {@link WordFilter#of} of the body); the same filter either way.
     */
    public WordFilter words() {
        Object now = place;
        if (now instanceof Stored s && s.wordsLength >= 0) {
            try {
                return WordFilter.fromBytes(s.store.bytes(s.wordsAt, s.wordsLength));
            } catch (IOException e) {
                throw new UncheckedIOException("a note's word filter could not be read from " + s.store, e);
            }
        }
        return WordFilter.ofUtf8(bodyUtf8());
    }

    /**
     * The body as UTF-8 (null for none): the bytes held or stored, not decoded and encoded again (the parse cache
     * writes them as they are). The caller must not change the array.
     */
    public byte[] bodyUtf8() {
        Object now = place;
        return now instanceof InMemory m ? m.body : utf8((Stored) now, true);
    }

    /** The plain text as UTF-8 (null for none), as {@link #bodyUtf8}. */
    public byte[] plainTextUtf8() {
        Object now = place;
        return now instanceof InMemory m ? m.plain : utf8((Stored) now, false);
    }

    private static byte[] utf8(Stored s, boolean body) {
        try {
            return body ? s.store.bytes(s.bodyAt, s.bodyLength) : s.store.bytes(s.plainAt, s.plainLength);
        } catch (IOException e) {
            throw new UncheckedIOException("a note's text could not be read from " + s.store, e);
        }
    }

    /** The body's length in UTF-8 bytes (0 for none), without reading it. */
    public int bodyBytes() {
        Object now = place;
        return now instanceof InMemory m ? (m.body == null ? 0 : m.body.length) : ((Stored) now).bodyLength;
    }

    private static String read(Stored s, boolean body) {
        try {
            return body ? s.store.read(s.bodyAt, s.bodyLength) : s.store.read(s.plainAt, s.plainLength);
        } catch (IOException e) {
            throw new UncheckedIOException("a note's text could not be read from " + s.store, e);
        }
    }

    /** Same texts (compared by content, wherever they are kept). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof NoteText other)) {
            return false;
        }
        if (place instanceof InMemory a && other.place instanceof InMemory b) {
            return Arrays.equals(a.body, b.body) && Arrays.equals(a.plain, b.plain);
        }
        return java.util.Objects.equals(body(), other.body()) && java.util.Objects.equals(plainText(), other.plainText());
    }

    @Override
    public int hashCode() {
        return bodyBytes();
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
