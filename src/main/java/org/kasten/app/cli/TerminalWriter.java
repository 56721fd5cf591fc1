package org.kasten.app.cli;

import java.io.PrintWriter;

/**
 * The writer of every text (non-JSON) output: what is printed goes through {@link TerminalText#escape}, so no
 * note text or file name reaches the terminal raw; only {@link #println()} ends a line. Print lines with
 * {@code println}, not with {@code \n} or {@code %n} in the text (those are escaped like any other control).
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(PrintWriter out) {
        super(out, true);
    }

    @Override
    public void write(int c) {
        if (TerminalText.controls((char) c)) {
            super.write(TerminalText.escape(String.valueOf((char) c)));
        } else {
            super.write(c);
        }
    }

    @Override
    public void write(char[] buf, int off, int len) {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) {
        String escaped = TerminalText.escape(s.substring(off, off + len));
        super.write(escaped, 0, escaped.length());
    }
}
