package org.kasten.vault;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

/** The binary layout of one {@link Note} in the parse cache: fields in record order, frontmatter as tagged values. */
final class NoteCacheFormat {

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int LONG = 2;
    private static final int DOUBLE = 3;
    private static final int TRUE = 4;
    private static final int FALSE = 5;
    private static final int DATE = 6;
    private static final int DATE_TIME = 7;
    private static final int OFFSET_DATE_TIME = 8;
    private static final int LIST = 9;
    private static final int MAP = 10;
    private static final int OTHER = 11;
    private static final int BIG_INTEGER = 12;
    private static final int BIG_DECIMAL = 13;
    private static final int BYTES = 14;

    private NoteCacheFormat() {
    }

    /** Where one note's two texts were written: byte positions in the file and UTF-8 lengths. */
    record Texts(long bodyAt, int bodyLength, long plainAt, int plainLength) {
    }

    /** Writes one note; {@code position} says how many bytes the file holds so far. */
    static Texts write(DataOutputStream out, Note note, LongSupplier position) throws IOException {
        string(out, note.path().value());
        out.writeByte(note.format().ordinal());
        string(out, note.title());
        strings(out, note.aliases());
        strings(out, note.tags());
        value(out, note.frontmatter().values());
        long bodyAt = position.getAsLong() + Integer.BYTES;
        int bodyLength = string(out, note.body());
        out.writeInt(note.bodyLine());
        long plainAt = position.getAsLong() + Integer.BYTES;
        int plainLength = string(out, note.plainText());
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
        return new Texts(bodyAt, bodyLength, plainAt, plainLength);
    }

    /**
     * Reads one note, skipping its body and plain text (most of the bytes and of the decoding): the note reads
     * them from {@code store} when asked; {@code position} says how many bytes of the file were read so far.
     */
    @SuppressWarnings("unchecked")
    static Note read(DataInputStream in, LongSupplier position, NoteText.Store store) throws IOException {
        NotePath path = NotePath.of(string(in));
        NoteFormat format = NoteFormat.values()[in.readByte()];
        String title = string(in);
        List<String> aliases = strings(in);
        List<String> tags = strings(in);
        Frontmatter frontmatter = new Frontmatter((Map<String, Object>) value(in));
        int bodyLength = length(in);
        long bodyAt = position.getAsLong();
        in.skipNBytes(bodyLength);
        int bodyLine = in.readInt();
        int plainLength = length(in);
        long plainAt = position.getAsLong();
        in.skipNBytes(plainLength);
        int n = count(in);
        List<Heading> headings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            headings.add(new Heading(in.readByte(), string(in), string(in), in.readInt()));
        }
        n = count(in);
        List<BlockId> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.add(new BlockId(string(in), in.readInt()));
        }
        n = count(in);
        List<Link> links = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            links.add(new Link(string(in), nullable(in), nullable(in), LinkKind.values()[in.readByte()],
                    in.readInt(), in.readInt(), string(in), in.readBoolean()));
        }
        long size = in.readLong();
        long modified = in.readLong();
        String hash = string(in);
        n = count(in);
        List<Warning> warnings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            warnings.add(new Warning(path, in.readInt(), string(in)));
        }
        return new Note(path, format, title, aliases, tags, frontmatter,
                NoteText.stored(store, bodyAt, bodyLength, plainAt, plainLength), bodyLine, headings,
                blocks, links, size, modified, hash, warnings);
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            string(out, s);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeByte(LONG);
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            out.writeByte(DOUBLE);
            out.writeDouble(((Number) value).doubleValue());
        } else if (value instanceof java.math.BigInteger big) {
            out.writeByte(BIG_INTEGER);
            string(out, big.toString());
        } else if (value instanceof java.math.BigDecimal big) {
            out.writeByte(BIG_DECIMAL);
            string(out, big.toString());
        } else if (value instanceof byte[] bytes) {
            out.writeByte(BYTES);
            out.writeInt(bytes.length);
            out.write(bytes);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof LocalDate d) {
            out.writeByte(DATE);
            string(out, d.toString());
        } else if (value instanceof LocalDateTime d) {
            out.writeByte(DATE_TIME);
            string(out, d.toString());
        } else if (value instanceof OffsetDateTime d) {
            out.writeByte(OFFSET_DATE_TIME);
            string(out, d.toString());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(out, String.valueOf(e.getKey()));
                value(out, e.getValue());
            }
        } else {
            out.writeByte(OTHER);
            string(out, String.valueOf(value));
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
            case OTHER:
                return string(in);
            case LONG:
                long l = in.readLong();
                return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) (int) l : (Object) l;
            case DOUBLE:
                return in.readDouble();
            case BIG_INTEGER:
                return new java.math.BigInteger(string(in));
            case BIG_DECIMAL:
                return new java.math.BigDecimal(string(in));
            case BYTES: {
                byte[] bytes = new byte[count(in)];
                in.readFully(bytes);
                return bytes;
            }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case DATE:
                return LocalDate.parse(string(in));
            case DATE_TIME:
                return LocalDateTime.parse(string(in));
            case OFFSET_DATE_TIME:
                return OffsetDateTime.parse(string(in));
            case LIST: {
                int n = count(in);
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(in));
                }
                return Collections.unmodifiableList(list);
            }
            case MAP: {
                int n = count(in);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(string(in), value(in));
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IOException("corrupt note cache (value tag " + tag + ")");
        }
    }

    /** A collection size, checked so a damaged file cannot ask for absurd allocations. */
    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("corrupt note cache (count " + n + ")");
        }
        return n;
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String s : values) {
            string(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string(in));
        }
        return values;
    }

    private static void nullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            string(out, s);
        }
    }

    private static String nullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? string(in) : null;
    }

    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > VaultLoader.MAX_NOTE_BYTES * 4) {
            throw new IOException("corrupt note cache (string length " + length + ")");
        }
        return length;
    }

    /** Writes a string as its UTF-8 length and bytes; gives the length. */
    private static int string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        return bytes.length;
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[length(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
