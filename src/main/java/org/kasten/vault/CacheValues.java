package org.kasten.vault;

import static org.kasten.vault.CacheFields.count;
import static org.kasten.vault.CacheFields.string;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Frontmatter values in the parse cache: each value a tag and its contents, lists and maps nested, so that a
 * note read back from the cache has the same values (and kinds) as when it was parsed.
 */
final class CacheValues {

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

    private CacheValues() {
    }

    /** Writes a value as its tag and contents; a kind the cache does not know is written as its text. */
    static void write(DataOutputStream out, Object value) throws IOException {
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
                write(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                string(out, String.valueOf(e.getKey()));
                write(out, e.getValue());
            }
        } else {
            out.writeByte(OTHER);
            string(out, String.valueOf(value));
        }
    }

    /** Reads a value; lists and maps come back unmodifiable, whole numbers as Integer where they fit, strings shared. */
    static Object read(DataInputStream in, SharedStrings shared) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
            case OTHER:
                return shared.of(string(in));
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
                    list.add(read(in, shared));
                }
                return Collections.unmodifiableList(list);
            }
            case MAP: {
                int n = count(in);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(shared.of(string(in)), read(in, shared));
                }
                return Collections.unmodifiableMap(map);
            }
            default:
                throw new IOException("corrupt note cache (value tag " + tag + ")");
        }
    }
}
