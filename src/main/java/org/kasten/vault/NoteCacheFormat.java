package org.kasten.vault;

import static org.kasten.vault.CacheFields.count;
import static org.kasten.vault.CacheFields.length;
import static org.kasten.vault.CacheFields.nullable;
import static org.kasten.vault.CacheFields.string;
import static org.kasten.vault.CacheFields.strings;
import static org.kasten.vault.CacheFields.utf8;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.kasten.note.BlockId;
import org.kasten.note.Frontmatter;
import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.NoteText;
import org.kasten.note.Warning;
import org.kasten.note.WordFilter;

/**
 * The binary layout of one {@link Note} in the parse cache: fields in record order (written by {@link CacheFields}),
 * frontmatter as tagged values ({@link CacheValues}), and after the plain text the body's {@link WordFilter}, made
 * as the note is written, so that unlinked-mention search in a reopened vault finds it without reading the body.
 */
final class NoteCacheFormat {

    private NoteCacheFormat() {
    }

    /** Where one note's two texts and word filter were written: byte positions in the file and lengths. */
    record Texts(long bodyAt, int bodyLength, long plainAt, int plainLength, long wordsAt, int wordsLength) {
    }

    /**
     * Writes one note, with {@code words} as its body's word filter ({@link WordFilter#toBytes}, made by the caller:
     * the costly part, which need not hold the file); {@code position} says how many bytes the file holds so far.
     */
    static Texts write(DataOutputStream out, Note note, byte[] words, LongSupplier position) throws IOException {
        string(out, note.path().value());
        out.writeByte(note.format().ordinal());
        string(out, note.title());
        strings(out, note.aliases());
        strings(out, note.tags());
        CacheValues.write(out, note.frontmatter().values());
        long bodyAt = position.getAsLong() + Integer.BYTES;
        int bodyLength = utf8(out, note.text().bodyUtf8());
        out.writeInt(note.bodyLine());
        long plainAt = position.getAsLong() + Integer.BYTES;
        int plainLength = utf8(out, note.text().plainTextUtf8());
        long wordsAt = position.getAsLong() + Integer.BYTES;
        out.writeInt(words.length);
        out.write(words);
        out.writeInt(note.headings().size());
        for (Heading h : note.headings()) {
            out.writeByte(h.level());
            string(out, h.text());
            string(out, h.anchor());
            out.writeInt(h.line());
        }
        out.writeInt(note.blocks().size());
        for (BlockId b : note.blocks()) {
            string(out, b.id());
            out.writeInt(b.line());
        }
        out.writeInt(note.links().size());
        for (Link l : note.links()) {
            string(out, l.target());
            nullable(out, l.anchor());
            nullable(out, l.display());
            out.writeByte(l.kind().ordinal());
            out.writeInt(l.line());
            out.writeInt(l.column());
            string(out, l.context());
            out.writeBoolean(l.seeAlso());
        }
        out.writeLong(note.size());
        out.writeLong(note.modified());
        string(out, note.hash());
        out.writeInt(note.warnings().size());
        for (Warning w : note.warnings()) {
            out.writeInt(w.line());
            string(out, w.message());
        }
        return new Texts(bodyAt, bodyLength, plainAt, plainLength, wordsAt, words.length);
    }

    /**
     * Reads one note, skipping its body and plain text (most of the bytes and of the decoding): the note reads
     * them from {@code store} when asked; {@code position} says how many bytes of the file were read so far.
     * Its strings but the path and hash come through {@code shared}, so the notes of one read share equal ones.
     */
    @SuppressWarnings("unchecked")
    static Note read(DataInputStream in, LongSupplier position, NoteText.Store store, SharedStrings shared)
            throws IOException {
        NotePath path = NotePath.of(string(in));
        NoteFormat format = NoteFormat.values()[in.readByte()];
        String title = shared.of(string(in));
        List<String> aliases = shared.of(strings(in));
        List<String> tags = shared.of(strings(in));
        Frontmatter frontmatter = new Frontmatter((Map<String, Object>) CacheValues.read(in, shared));
        int bodyLength = length(in);
        long bodyAt = position.getAsLong();
        in.skipNBytes(bodyLength);
        int bodyLine = in.readInt();
        int plainLength = length(in);
        long plainAt = position.getAsLong();
        in.skipNBytes(plainLength);
        int wordsLength = length(in);
        long wordsAt = position.getAsLong();
        in.skipNBytes(wordsLength);
        int n = count(in);
        List<Heading> headings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            headings.add(new Heading(in.readByte(), shared.of(string(in)), shared.of(string(in)), in.readInt()));
        }
        n = count(in);
        List<BlockId> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.add(new BlockId(string(in), in.readInt()));
        }
        n = count(in);
        List<Link> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            links.add(new Link(shared.of(string(in)), shared.of(nullable(in)), shared.of(nullable(in)),
                    LinkKind.values()[in.readByte()], in.readInt(), in.readInt(), shared.of(string(in)), in.readBoolean()));
        }
        long size = in.readLong();
        long modified = in.readLong();
        String hash = string(in);
        n = count(in);
        List<Warning> warnings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            warnings.add(new Warning(path, in.readInt(), shared.of(string(in))));
        }
        return new Note(path, format, title, aliases, tags, frontmatter,
                NoteText.stored(store, bodyAt, bodyLength, plainAt, plainLength, wordsAt, wordsLength), bodyLine, headings,
                blocks, links, size, modified, hash, warnings);
    }
}
