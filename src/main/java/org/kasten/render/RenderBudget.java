package org.kasten.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What one page may cost. Markdown is not linear in flexmark for every input (cmark's pathological cases: long
 * runs of list markers, brackets or backticks, deep nesting, tens of thousands of links or definitions), so a
 * render gets a budget: notes above a size are never parsed, and a parse runs against a CPU-time deadline
 * checked as flexmark reads its input ({@link #watch}) and as Kasten's own node renderers write links, tags
 * and paragraphs ({@link #tick}). A note over either limit is shown as plain text under
 * a "large note" notice ({@link LargeNote}). The deadline counts the rendering thread's CPU time, so a busy
 * machine does not turn ordinary notes into plain text; a wall-clock limit of several times as much stops a
 * render that is starved anyway. One budget serves one page, transcluded notes included; not thread-safe.
 */
final class RenderBudget {

    /** Markdown longer than this (in chars) is shown as plain text without being parsed. */
    static final int MAX_MARKDOWN_CHARS = 1_000_000;
    /** A formatted body longer than this (in chars of HTML) is replaced by the plain-text view. */
    static final int MAX_HTML_CHARS = 4_000_000;
    /** The plain-text view shows at most this many chars of a note. */
    static final int MAX_SHOWN_CHARS = 1_000_000;
    /** CPU time one page may take to format. */
    static final long CPU_NANOS = 2_000_000_000L;
    /** The deadline is checked once per this many chars read. */
    private static final int CHECK_EVERY = 4096;
    /** While flexmark writes HTML (reading little input), the deadline is checked once per this many pieces. */
    private static final int TICKS_PER_CHECK = 64;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean cpu;
    private final long cpuLimit;
    private final long wallLimit;
    private int ticks = TICKS_PER_CHECK;

    private RenderBudget(long cpuNanos) {
        this.cpu = THREADS.isCurrentThreadCpuTimeSupported();
        this.cpuLimit = cpu ? THREADS.getCurrentThreadCpuTime() + cpuNanos : Long.MAX_VALUE;
        this.wallLimit = System.nanoTime() + (cpu ? 5 * cpuNanos : cpuNanos);
    }

    /** A budget of {@code cpuNanos} of this thread's CPU time, starting now. */
    static RenderBudget start(long cpuNanos) {
        return new RenderBudget(cpuNanos);
    }

    /** Throws {@link Exceeded} when the time is up. */
    void check() {
        if (System.nanoTime() - wallLimit > 0 || cpu && THREADS.getCurrentThreadCpuTime() - cpuLimit > 0) {
            throw new Exceeded();
        }
    }

    /** Counts one piece of output (a link, a tag, a paragraph) and checks the budget every so many. */
    void tick() {
        if (--ticks <= 0) {
            ticks = TICKS_PER_CHECK;
            check();
        }
    }

    /** {@code text} as a CharSequence that checks this budget as it is read. */
    CharSequence watch(String text) {
        return new Watched(text, 0, text.length());
    }

    /** The budget of a page ran out; the page is shown as plain text instead. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("the render budget is spent", null, false, false);
        }
    }

    /** A view of a string that checks the budget every {@link #CHECK_EVERY} chars read. */
    private final class Watched implements CharSequence {
        private final String text;
        private final int start;
        private final int length;
        private int countdown = CHECK_EVERY;

        Watched(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.length = end - start;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (--countdown <= 0) {
                countdown = CHECK_EVERY;
                check();
            }
            if (index < 0 || index >= length) {
                throw new IndexOutOfBoundsException(index);
            }
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            if (from < 0 || to > length || from > to) {
                throw new IndexOutOfBoundsException("[" + from + ", " + to + ") of " + length);
            }
            return new Watched(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, start + length);
        }
    }
}
