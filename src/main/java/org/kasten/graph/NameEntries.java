package org.kasten.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.kasten.graph.NameTable.Level;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * The entries of a whole {@link NameTable} built on the common pool, equal to the serial build. Runs of notes (in
 * the order given, then the attachments) make their names into keys in parallel and deal them by hash into
 * {@link #PARTS} parts; then each part adds its keys run after run, so in the serial order (each note's names in
 * {@link NameTable#names} order), and freezes them, on a thread of its own. So every entry gets its paths in the
 * order the serial build gives it, and no entry is touched by two threads. At 100,000 notes the serial build was
 * most of the graph's serial stretch (docs/performance.md, "Issue 16: 100,000 notes cold, session 15").
 */
final class NameEntries {

    /** Parts the keys are dealt into, and runs of notes that make keys: a few per core, for an even share. */
    private static final int PARTS = 16;
    private static final int PART_SHIFT = Integer.SIZE - Integer.numberOfTrailingZeros(PARTS);

    /** The names one run of notes dealt into one part, in order: key, level and path of each. */
    private static final class Dealt {
        final List<String> keys = new ArrayList<>();
        final List<NotePath> paths = new ArrayList<>();
        byte[] levels = new byte[16];

        void add(String key, Level level, NotePath path) {
            if (keys.size() == levels.length) {
                levels = Arrays.copyOf(levels, levels.length * 2);
            }
            levels[keys.size()] = (byte) level.ordinal();
            keys.add(key);
            paths.add(path);
        }
    }

    private NameEntries() {
    }

    /** Every key of these notes and attachments with its frozen entry. */
    static Map<String, NameEntry> of(Collection<Note> notes, Collection<NotePath> attachments) {
        List<Note> noteList = List.copyOf(notes);
        List<NotePath> files = List.copyOf(attachments);
        int all = noteList.size() + files.size();
        List<Dealt[]> runs = IntStream.range(0, PARTS).parallel().mapToObj(r -> {
            Dealt[] dealt = new Dealt[PARTS];
            Arrays.setAll(dealt, p -> new Dealt());
            for (int i = (int) ((long) all * r / PARTS); i < (int) ((long) all * (r + 1) / PARTS); i++) {
                if (i < noteList.size()) {
                    NotePath path = noteList.get(i).path();
                    NameTable.names(noteList.get(i), (level, name) -> deal(dealt, Keys.key(name), level, path));
                } else {
                    NotePath path = files.get(i - noteList.size());
                    NameTable.attachmentNames(path, (level, name) -> deal(dealt, Keys.key(name), level, path));
                }
            }
            return dealt;
        }).toList();
        List<Map<String, NameEntry>> parts = IntStream.range(0, PARTS).parallel().mapToObj(p -> part(runs, p)).toList();
        Map<String, NameEntry> entries = new HashMap<>(parts.stream().mapToInt(Map::size).sum() * 4 / 3 + 16);
        parts.forEach(entries::putAll);
        return entries;
    }

    private static void deal(Dealt[] dealt, String key, Level level, NotePath path) {
        dealt[(key.hashCode() * 0x9E3779B9) >>> PART_SHIFT].add(key, level, path); // high bits: buckets use the low
    }

    /** Part {@code p}'s keys, added run after run and frozen. */
    private static Map<String, NameEntry> part(List<Dealt[]> runs, int p) {
        int size = 0;
        for (Dealt[] run : runs) {
            size += run[p].keys.size();
        }
        Map<String, NameEntry> part = new HashMap<>(size * 4 / 3 + 16);
        Level[] levels = Level.values();
        for (Dealt[] run : runs) {
            Dealt dealt = run[p];
            for (int k = 0; k < dealt.keys.size(); k++) {
                part.computeIfAbsent(dealt.keys.get(k), x -> new NameEntry()).add(levels[dealt.levels[k]], dealt.paths.get(k));
            }
        }
        part.values().forEach(NameEntry::freeze);
        return part;
    }
}
