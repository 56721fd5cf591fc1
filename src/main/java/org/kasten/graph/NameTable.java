package org.kasten.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * Every name a note or attachment can be reached by, as {@link Keys#key} keys. One map from key to an
 * {@link NameEntry} that holds, per level of the resolution contract, the notes (or attachments) with that
 * name, so resolving a link costs one or two hash lookups. Read-only once built; {@link #edit} makes a new table
 * for one note changed, added or removed, sharing every entry it does not change.
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

    static final Level[] LEVELS = Level.values();

    /** A new table and the keys whose entries differ from the table it was made from. */
    record Edit(NameTable table, Set<String> keys) {
    }

    /** The keys of the full build (shared by the tables edited from it). */
    private final NameKeys keys;
    /** The keys this table answers itself (null: all); any other goes to {@link #whole()}. */
    private final Predicate<String> holds;
    private final Collection<Note> notes;
    private final Collection<NotePath> attachments;
    private NameTable whole;
    /** Entries replaced by edits since the full build, looked up first (empty for a built table). */
    private final Map<String, NameEntry> edited;

    /** The whole table of these notes and attachments, built in parallel from {@link GraphBuilder#PARALLEL_FROM} notes. */
    NameTable(Collection<Note> notes, Collection<NotePath> attachments) {
        this(notes, attachments, notes.size() >= GraphBuilder.PARALLEL_FROM);
    }

    /** The whole table of these notes and attachments; {@code parallel}: built on the common pool ({@link NameKeys}). */
    NameTable(Collection<Note> notes, Collection<NotePath> attachments, boolean parallel) {
        this(notes, attachments, null, null, parallel, true);
    }

    /** {@code look}: make the names of the notes and attachments (a table of no keys need not look at a single name). */
    private NameTable(Collection<Note> notes, Collection<NotePath> attachments, Predicate<String> holds,
                      LastSegments mayName, boolean parallel, boolean look) {
        this.notes = notes;
        this.attachments = attachments;
        this.holds = holds;
        this.edited = Map.of();
        this.keys = look ? new NameKeys(List.copyOf(notes), List.copyOf(attachments), holds, mayName, parallel)
                : new NameKeys(List.of(), List.of(), holds, null, false);
        if (holds == null) {
            whole = this;
        }
    }

    /** How many notes and attachments had their names made for this table (a count the tests read). */
    int named() {
        return keys.named;
    }

    /**
     * The table of these notes and attachments for the given {@code keys} only (those {@link #asking} collects);
     * other keys are answered by the whole table, built on the first such question. Only the notes and
     * attachments whose file names may end one of the keys have their names made ({@link LastSegments}).
     */
    static NameTable only(Collection<Note> notes, Collection<NotePath> attachments, Set<String> keys) {
        Set<String> held = Set.copyOf(keys);
        return new NameTable(notes, attachments, held::contains, new LastSegments(held), false, !held.isEmpty());
    }

    /**
     * A table that names nothing and adds to {@code asked} every key it is asked for. Resolving links against it
     * takes every way the resolver has (each lookup finds nothing), so {@code asked} ends up with every key those
     * links can be looked up by in any table.
     */
    static NameTable asking(Set<String> asked) {
        return new NameTable(List.of(), List.of(), key -> asked.add(key) || true, null, false, false);
    }

    /** A whole table of these keys with {@code edited} over them. */
    private NameTable(NameKeys keys, Map<String, NameEntry> edited) {
        this.keys = keys;
        this.edited = edited;
        this.holds = null;
        this.notes = List.of();
        this.attachments = List.of();
        this.whole = this;
    }

    /** The notes or attachments {@code key} (a {@link Keys#key}) names at {@code level} ({@link Candidates#NONE}: none). */
    Candidates get(String key, Level level) {
        if (holds != null && !holds.test(key)) {
            return whole().get(key, level);
        }
        if (!edited.isEmpty()) {
            NameEntry changed = edited.get(key);
            if (changed != null) {
                return changed.get(level);
            }
        }
        return keys.get(key, level);
    }

    /** Everything this key names, level by level (an empty entry when nothing). */
    NameEntry entry(String key) {
        Candidates[] byLevel = new Candidates[LEVELS.length];
        for (Level level : LEVELS) {
            byLevel[level.ordinal()] = get(key, level);
        }
        return NameEntry.of(byLevel);
    }

    /**
     * True when so many keys have been replaced by edits since the build (an eighth of the names made, and 64) that a
     * table built afresh is cheaper than the next edits: each edit copies the replaced entries, so a watcher batch of
     * thousands of new notes would cost their square ({@link GraphUpdate} then builds the table again).
     */
    boolean overEdited() {
        return edited.size() > keys.named / 8 + 64;
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

    /**
     * The table with the note at {@code path} named as {@code now} instead of {@code before} (either null: the
     * note is added or removed), and the keys whose entries changed: only those, since a table built afresh
     * would hold equal entries under every other key. This table is unchanged.
     */
    Edit edit(NotePath path, Note before, Note now) {
        if (holds != null) {
            return whole().edit(path, before, now); // a table of some keys only: edit the whole one
        }
        Map<String, Integer> old = levels(before);
        Map<String, Integer> next = levels(now);
        Set<String> changedKeys = new HashSet<>();
        old.forEach((key, bits) -> {
            if (!bits.equals(next.get(key))) {
                changedKeys.add(key);
            }
        });
        next.forEach((key, bits) -> {
            if (!bits.equals(old.get(key))) {
                changedKeys.add(key);
            }
        });
        if (changedKeys.isEmpty()) {
            return new Edit(this, changedKeys);
        }
        Map<String, NameEntry> changed = new HashMap<>(edited);
        for (String key : changedKeys) {
            changed.put(key, entry(key).with(path, next.getOrDefault(key, 0)));
        }
        return new Edit(new NameTable(keys, changed), changedKeys);
    }

    /** The keys a note is named by, each with a bit per level it is named at (none for null). */
    private static Map<String, Integer> levels(Note note) {
        Map<String, Integer> levels = new HashMap<>();
        if (note != null) {
            names(note, (level, name) -> levels.merge(Keys.key(name), 1 << level.ordinal(), (a, b) -> a | b));
        }
        return levels;
    }

    /** Every name of a note with its level, in the order the table adds them. */
    static void names(Note note, BiConsumer<Level, String> into) {
        NotePath path = note.path();
        into.accept(Level.PATH, path.value());
        into.accept(Level.PATH, path.withoutExtension());
        addSuffixes(path, name -> into.accept(Level.SUFFIX, name));
        into.accept(Level.NAME, path.name());
        into.accept(Level.NAME, path.fileName());
        if (note.title() != null && !note.title().isBlank()) {
            into.accept(Level.TITLE, note.title());
        }
        for (String alias : note.aliases()) {
            if (!alias.isBlank()) {
                into.accept(Level.ALIAS, alias);
            }
        }
    }

    /** The names an attachment is known by, each with its level: its path, its path's suffixes, its file name. */
    static void attachmentNames(NotePath path, BiConsumer<Level, String> into) {
        into.accept(Level.FILE_PATH, path.value());
        addSuffixes(path, name -> into.accept(Level.FILE_SUFFIX, name));
        into.accept(Level.FILE_NAME, path.fileName());
    }

    static void addSuffixes(NotePath path, Consumer<String> into) {
        String value = path.value();
        String bare = path.withoutExtension();
        int slash = value.indexOf('/');
        int segments = (int) value.chars().filter(c -> c == '/').count() + 1;
        for (int start = 1; start <= segments - 2; start++) {
            into.accept(value.substring(slash + 1));
            into.accept(bare.substring(slash + 1));
            slash = value.indexOf('/', slash + 1);
        }
    }
}
