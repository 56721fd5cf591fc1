package org.kasten.app.cli;

import java.io.IOException;
import java.io.Reader;

import org.kasten.note.QueryRefusedException;

/**
 * The lines of {@code search --batch}'s input, each kept to {@link #KEPT} characters: a longer line is read to
 * its end but not kept (memory stays bounded on {@code </dev/zero}), and its length is told so that it can be
 * refused (a kept line over {@link QueryRefusedException#MAX_CHARS} is refused by the search itself). Every line counts,
 * blank ones too, so answers line up with questions. {@code \n}, {@code \r\n} and a last line without a line
 * end are understood.
 */
final class QueryLines {

    /** Characters kept of a line: room for a query within the limit and the space around it. */
    static final int KEPT = 4 * QueryRefusedException.MAX_CHARS;

    /** One input line: its text (at most {@link #KEPT} characters kept) and its full length. */
    record Line(String text, long length) {
        /** True when the line was longer than what was kept. */
        boolean tooLong() {
            return length > text.length();
        }
    }

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int size;
    private int next;

    QueryLines(Reader in) {
        this.in = in;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        StringBuilder kept = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (next == size) {
                size = in.read(buffer);
                next = 0;
                if (size <= 0) {
                    size = 0;
                    return any ? line(kept, length) : null;
                }
            }
            any = true;
            char c = buffer[next++];
            if (c == '\n') {
                return line(kept, length);
            }
            if (kept.length() < KEPT + 1) {
                kept.append(c);
            }
            length++;
        }
    }

    private static Line line(StringBuilder kept, long length) {
        if (kept.length() > 0 && kept.charAt(kept.length() - 1) == '\r' && kept.length() == length) {
            kept.setLength(kept.length() - 1);
            length--;
        }
        if (kept.length() > KEPT) {
            kept.setLength(KEPT);
        }
        return new Line(kept.toString(), length);
    }
}
