package org.kasten.graph;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.kasten.graph.NameTable.Level;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * The keys of a whole {@link NameTable} and what each names, in arrays rather than a map of objects: at 100,000
 * notes the table has over a million keys, most of them a path or the end of one that names a single note, and a
 * {@code HashMap} of key strings to entry objects cost about 200 bytes a key (docs/performance.md, "Issue 16: a
 * flatter graph, session 18"). Here a key costs about 36 bytes in a few arrays.
 *
 * <ul>
 *   <li>A key is a span of a string: every key that is the path of a plain ASCII path, or an end of it, or its
 *   file name (with or without extension), is a span of the path lower-cased (that very string when the path has
 *   no capital), so those keys make no string of their own; other keys (titles, aliases, paths with other
 *   characters or white space where {@link Keys#key} would strip it) are their own string, as {@link Keys#key}
 *   makes it.</li>
 *   <li>The keys are dealt by hash into {@link #PARTS} parts, each an open-addressing table of key numbers; a
 *   key's postings (level and path number) are one sorted run of an int array, built by counting.</li>
 *   <li>A key and level naming one path answers that path's own {@link Candidates} (made on first need, one per
 *   path); several paths answer a {@link Candidates} made once at build, shared by every link to that name.</li>
 * </ul>
 *
 * Built on the common pool ({@code parallel}) or on one thread, with the same answers: runs of paths make their
 * names into spans and deal them to the parts; each part then numbers its keys run after run. Read-only once built.
 */
final class NameKeys {

    static final int PARTS = 16;
    private static final int PART_SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(PARTS);
    /** A posting is {@code level << LEVEL_SHIFT | path number}. */
    static final int LEVEL_SHIFT = 27;
    private static final int PATH_MASK = (1 << LEVEL_SHIFT) - 1;
    /** About how many names a note has (paths and their ends, file names, title): the first size of the spans' arrays. */
    private static final int NAMES_A_PATH = 12;

    /** Notes (sorted by path) then attachments (sorted): a path number indexes these. */
    private final NotePath[] paths;
    /** Per path: its candidates when a key and level name it alone; made on first need (a race makes an equal one). */
    private final Candidates[] singles;
    private final Part[] parts;
    /** How many notes and attachments had their names made (a count the tests read). */
    final int named;

    /**
     * The keys of these notes and attachments; {@code holds} (or null: all) tells which keys to keep, and
     * {@code mayName} (or null) which notes and attachments to look at.
     */
    NameKeys(List<Note> notes, List<NotePath> attachments, Predicate<String> holds, LastSegments mayName,
             boolean parallel) {
        Note[] sortedNotes = notes.toArray(Note[]::new);
        if (!ascending(sortedNotes)) {
            Arrays.sort(sortedNotes, (a, b) -> a.path().compareTo(b.path()));
        }
        NotePath[] files = attachments.toArray(NotePath[]::new);
        if (!ascending(files)) {
            Arrays.sort(files);
        }
        paths = new NotePath[sortedNotes.length + files.length];
        for (int i = 0; i < sortedNotes.length; i++) {
            paths[i] = sortedNotes[i].path();
        }
        System.arraycopy(files, 0, paths, sortedNotes.length, files.length);
        singles = new Candidates[paths.length];
        int runs = parallel ? PARTS : 1;
        NameSpans.Spans[][] dealt = new NameSpans.Spans[runs][];
        int[] namedInRun = new int[runs];
        IntStream range = IntStream.range(0, runs);
        (parallel ? range.parallel() : range).forEach(r -> {
            int from = (int) ((long) paths.length * r / runs);
            int to = (int) ((long) paths.length * (r + 1) / runs);
            NameSpans.Spans[] mine = new NameSpans.Spans[PARTS];
            int expected = holds == null ? (to - from) * NAMES_A_PATH / PARTS + 16 : 16;
            Arrays.setAll(mine, p -> new NameSpans.Spans(expected));
            for (int i = from; i < to; i++) {
                boolean note = i < sortedNotes.length;
                if (mayName != null && !(note ? mayName.mayName(sortedNotes[i]) : mayName.mayName(paths[i]))) {
                    continue;
                }
                namedInRun[r]++;
                new NameSpans.Namer(mine, i, paths[i], holds).name(note ? sortedNotes[i] : null);
            }
            dealt[r] = mine;
        });
        named = Arrays.stream(namedInRun).sum();
        parts = new Part[PARTS];
        IntStream byPart = IntStream.range(0, PARTS);
        (parallel ? byPart.parallel() : byPart).forEach(p -> parts[p] = new Part(dealt, p, this));
    }

    private static <T extends Comparable<? super T>> boolean ascending(T[] items) {
        for (int i = 1; i < items.length; i++) {
            if (items[i - 1].compareTo(items[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascending(Note[] notes) {
        for (int i = 1; i < notes.length; i++) {
            if (notes[i - 1].path().compareTo(notes[i].path()) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The notes or attachments {@code key} (a {@link Keys#key}) names at {@code level} ({@link Candidates#NONE}: none). */
    Candidates get(String key, Level level) {
        int hash = key.hashCode();
        return parts[part(hash)].get(key, hash, level);
    }

    static int part(int hash) {
        return (hash * 0x9E3779B9) >>> PART_SHIFT; // high bits: the slots use the low bits of another mix
    }

    /** The candidates of one path alone. */
    private Candidates single(int path) {
        Candidates made = singles[path];
        if (made == null) {
            made = new Candidates(List.of(paths[path]));
            singles[path] = made;
        }
        return made;
    }

    /** One part of the keys: an open-addressing table of key numbers, and each key's span and sorted postings. */
    private static final class Part {
        private final NameKeys keys;
        /** Key number + 1 per slot, 0 for an empty slot; a power of two long, at most two thirds full. */
        private int[] slots;
        private final int[] hashes;
        private final String[] bases;
        private final int[] starts;
        private final int[] ends;
        /** Key {@code k}'s postings are {@code postings[first[k] .. first[k + 1])}, sorted (level, then path). */
        private final int[] first;
        private final int[] postings;
        /** At the first posting of a run of one level naming several paths: their candidates. */
        private final Candidates[] shared;

        Part(NameSpans.Spans[][] runs, int p, NameKeys keys) {
            this.keys = keys;
            int names = 0;
            for (NameSpans.Spans[] run : runs) {
                names += run[p].size;
            }
            slots = new int[Math.max(16, Integer.highestOneBit(Math.max(1, names) * 2 - 1) * 2)];
            int[] keyOf = new int[names];
            int[] hashesBuilt = new int[Math.max(1, names)];
            String[] basesBuilt = new String[hashesBuilt.length];
            int[] startsBuilt = new int[hashesBuilt.length];
            int[] endsBuilt = new int[hashesBuilt.length];
            int count = 0;
            int n = 0;
            for (NameSpans.Spans[] run : runs) {
                NameSpans.Spans spans = run[p];
                for (int s = 0; s < spans.size; s++, n++) {
                    int hash = spans.hashes[s];
                    String base = spans.bases[s];
                    int start = spans.starts[s];
                    int end = spans.ends[s];
                    int slot = slot(hash);
                    int found;
                    while ((found = slots[slot]) != 0
                            && !(hashesBuilt[found - 1] == hash && same(basesBuilt[found - 1], startsBuilt[found - 1],
                            endsBuilt[found - 1], base, start, end))) {
                        slot = (slot + 1) & (slots.length - 1);
                    }
                    if (found == 0) {
                        hashesBuilt[count] = hash;
                        basesBuilt[count] = base;
                        startsBuilt[count] = start;
                        endsBuilt[count] = end;
                        slots[slot] = ++count;
                        found = count;
                    }
                    keyOf[n] = found - 1;
                }
            }
            int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, count + count / 2)) * 2);
            if (capacity < slots.length) { // sized for every name at first: numbered again in a table sized for the keys
                int[] fewer = new int[capacity];
                for (int k = 0; k < count; k++) {
                    int slot = slot(hashesBuilt[k], capacity);
                    while (fewer[slot] != 0) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    fewer[slot] = k + 1;
                }
                slots = fewer;
            }
            hashes = Arrays.copyOf(hashesBuilt, count);
            bases = Arrays.copyOf(basesBuilt, count);
            starts = Arrays.copyOf(startsBuilt, count);
            ends = Arrays.copyOf(endsBuilt, count);
            // counting sort of the postings by key, then each key's run sorted and without repeats
            int[] at = new int[count + 1];
            for (int k : keyOf) {
                at[k + 1]++;
            }
            for (int k = 0; k < count; k++) {
                at[k + 1] += at[k];
            }
            int[] sorted = new int[names];
            int[] next = Arrays.copyOf(at, count);
            n = 0;
            for (NameSpans.Spans[] run : runs) {
                NameSpans.Spans spans = run[p];
                for (int s = 0; s < spans.size; s++, n++) {
                    sorted[next[keyOf[n]]++] = spans.postings[s];
                }
            }
            first = new int[count + 1];
            int kept = 0;
            for (int k = 0; k < count; k++) {
                first[k] = kept;
                int from = at[k];
                int to = at[k + 1];
                if (to - from > 1) {
                    Arrays.sort(sorted, from, to);
                }
                for (int i = from; i < to; i++) {
                    if (i == from || sorted[i] != sorted[i - 1]) {
                        sorted[kept++] = sorted[i];
                    }
                }
            }
            first[count] = kept;
            postings = Arrays.copyOf(sorted, kept);
            shared = new Candidates[kept];
            for (int i = 0; i < kept; ) {
                int end = i + 1;
                int k = Arrays.binarySearch(first, i);
                int limit = first[k < 0 ? -k - 1 : k + 1];
                while (end < limit && postings[end] >>> LEVEL_SHIFT == postings[i] >>> LEVEL_SHIFT) {
                    end++;
                }
                if (end - i > 1) {
                    NotePath[] named = new NotePath[end - i];
                    for (int j = i; j < end; j++) {
                        named[j - i] = keys.paths[postings[j] & PATH_MASK];
                    }
                    shared[i] = new Candidates(List.of(named));
                }
                i = end;
            }
        }

        private static int slot(int hash, int length) {
            int mixed = hash * 0x85EBCA6B;
            return (mixed ^ (mixed >>> 15)) & (length - 1);
        }

        private int slot(int hash) {
            return slot(hash, slots.length);
        }

        private static boolean same(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
            return aEnd - aStart == bEnd - bStart && a.regionMatches(aStart, b, bStart, aEnd - aStart);
        }

        Candidates get(String key, int hash, Level level) {
            int slot = slot(hash);
            int found;
            while ((found = slots[slot]) != 0) {
                int k = found - 1;
                if (hashes[k] == hash && same(bases[k], starts[k], ends[k], key, 0, key.length())) {
                    return candidates(k, level.ordinal());
                }
                slot = (slot + 1) & (slots.length - 1);
            }
            return Candidates.NONE;
        }

        private Candidates candidates(int k, int level) {
            int from = first[k];
            int to = first[k + 1];
            int i = from;
            if (to - from > 8) { // a name many notes share: find the level's first posting by halving
                int low = from;
                int high = to;
                int target = level << LEVEL_SHIFT;
                while (low < high) {
                    int mid = (low + high) >>> 1;
                    if (postings[mid] < target) {
                        low = mid + 1;
                    } else {
                        high = mid;
                    }
                }
                i = low;
            } else {
                while (i < to && postings[i] >>> LEVEL_SHIFT < level) {
                    i++;
                }
            }
            if (i == to || postings[i] >>> LEVEL_SHIFT != level) {
                return Candidates.NONE;
            }
            Candidates several = shared[i];
            return several != null ? several : keys.single(postings[i] & PATH_MASK);
        }
    }
}
