package org.kasten.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * Every name a note or attachment can be reached by, as {@link Keys#key} keys. One map from key to an
 * {@link Entry} that holds, per level of the resolution contract, the notes (or attachments) with that
 * name, so resolving a link costs one or two hash lookups. Built once; read-only afterwards.
 *
 * <p>A table may also hold only some keys ({@link #only}): the names a few notes' links can lead to, when every
 * other note is known by its file name only and has no links (a vault being opened). Any other key is answered
 * by the whole table, built when first asked for, so every answer is the whole table's.
 */
final class NameTable {

    /** The levels of the contract, best first, then the ways to find an attachment. */
    enum Level {
        /** Vault-relative path with or without extension. */
        PATH,
        /** The end of a path, at least one folder deep ({@code [[Folder/Note]]} for {@code A/Folder/Note.md}). */
        SUFFIX,
        /** File name without extension (or with it). */
        NAME,
        /** The note's title (frontmatter title, first heading, first line ...). */
        TITLE,
        /** Frontmatter aliases. */
        ALIAS,
        /** An attachment's vault-relative path. */
        FILE_PATH,
        /** The end of an attachment's path, at least one folder deep. */
        FILE_SUFFIX,
        /** An attachment's file name with extension. */
        FILE_NAME
    }

    private static final Level[] LEVELS = Level.values();

    /** What one key names, per level; collected in lists, then frozen into {@link Candidates}. */
    static final class Entry {
        private static final Entry NONE = new Entry();
        @SuppressWarnings("unchecked")
        private final List<NotePath>[] building = new List[LEVELS.length];
        private final Candidates[] byLevel = new Candidates[LEVELS.length];
        /** Bit per level that has matches, so empty levels are skipped without touching their lists. */
        private int levels;

        /** The notes or attachments with this name at this level (none: {@link Candidates#NONE}). */
        Candidates get(Level level) {
            return (levels & (1 << level.ordinal())) == 0 ? Candidates.NONE : byLevel[level.ordinal()];
        }

        private void add(Level level, NotePath path) {
            List<NotePath> list = building[level.ordinal()];
            if (list == null) {
                list = new ArrayList<>(1);
                building[level.ordinal()] = list;
            }
            // a path's names are all added before the next path's, so a repeat can only be the last one
            // (a search of the whole list made 375 same-named notes cost 375² comparisons per name)
            if (list.isEmpty() || !list.get(list.size() - 1).equals(path)) {
                list.add(path);
            }
        }

        private void freeze() {
            for (int i = 0; i < building.length; i++) {
                List<NotePath> list = building[i];
                if (list != null) {
                    list.sort(null);
                    // List.copyOf, not Stream.toList: Resolution's List.copyOf keeps this very list (a list that
                    // allows nulls would be copied for every link, 360 paths each for a name 360 notes share)
                    byLevel[i] = new Candidates(List.copyOf(list));
                    levels |= 1 << i;
                    building[i] = null;
                }
            }
        }
    }

    private final Map<String, Entry> entries;
    /** The keys this table answers itself (null: all); any other goes to {@link #whole()}. */
    private final Predicate<String> holds;
    private final Collection<Note> notes;
    private final Collection<NotePath> attachments;
    private NameTable whole;

    /** The whole table of these notes and attachments. */
    NameTable(Collection<Note> notes, Collection<NotePath> attachments) {
        this(notes, attachments, notes.size() * 6 + attachments.size() * 3, null);
    }

    private NameTable(Collection<Note> notes, Collection<NotePath> attachments, int size, Predicate<String> holds) {
        this.notes = notes;
        this.attachments = attachments;
        this.holds = holds;
        entries = new HashMap<>(size * 4 / 3 + 16);
        if (holds == null || size > 0) { // a table of no keys need not look at a single name
            addAll();
        }
        entries.values().forEach(Entry::freeze);
        if (holds == null) {
            whole = this;
        }
    }

    private void addAll() {
        for (Note note : notes) {
            NotePath path = note.path();
            add(Level.PATH, path.value(), path);
            add(Level.PATH, path.withoutExtension(), path);
            addSuffixes(Level.SUFFIX, path);
            add(Level.NAME, path.name(), path);
            add(Level.NAME, path.fileName(), path);
            if (note.title() != null && !note.title().isBlank()) {
                add(Level.TITLE, note.title(), path);
            }
            for (String alias : note.aliases()) {
                if (!alias.isBlank()) {
                    add(Level.ALIAS, alias, path);
                }
            }
        }
        for (NotePath path : attachments) {
            add(Level.FILE_PATH, path.value(), path);
            addSuffixes(Level.FILE_SUFFIX, path);
            add(Level.FILE_NAME, path.fileName(), path);
        }
    }

    /**
     * The table of these notes and attachments for the given {@code keys} only (those {@link #asking} collects);
     * other keys are answered by the whole table, built on the first such question.
     */
    static NameTable only(Collection<Note> notes, Collection<NotePath> attachments, Set<String> keys) {
        Set<String> held = Set.copyOf(keys);
        return new NameTable(notes, attachments, held.size(), held::contains);
    }

    /**
     * A table that names nothing and adds to {@code asked} every key it is asked for. Resolving links against it
     * takes every way the resolver has (each lookup finds nothing), so {@code asked} ends up with every key those
     * links can be looked up by in any table.
     */
    static NameTable asking(Set<String> asked) {
        return new NameTable(List.of(), List.of(), 0, key -> asked.add(key) || true);
    }

    /** Everything this key names (an empty entry when nothing). */
    Entry entry(String key) {
        return holds == null || holds.test(key) ? entries.getOrDefault(key, Entry.NONE) : whole().entry(key);
    }

    /** True when the whole table is at hand: built whole, or {@link #only} some keys and asked for another. */
    synchronized boolean complete() {
        return whole != null;
    }

    private synchronized NameTable whole() {
        if (whole == null) {
            whole = new NameTable(notes, attachments);
        }
        return whole;
    }

    private void addSuffixes(Level level, NotePath path) {
        String value = path.value();
        String bare = path.withoutExtension();
        int slash = value.indexOf('/');
        int segments = (int) value.chars().filter(c -> c == '/').count() + 1;
        for (int start = 1; start <= segments - 2; start++) {
            add(level, value.substring(slash + 1), path);
            add(level, bare.substring(slash + 1), path);
            slash = value.indexOf('/', slash + 1);
        }
    }

    private void add(Level level, String name, NotePath path) {
        String key = Keys.key(name);
        if (holds == null || holds.test(key)) {
            entries.computeIfAbsent(key, k -> new Entry()).add(level, path);
        }
    }
}
