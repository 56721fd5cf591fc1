package org.kasten.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * Every name a note or attachment can be reached by, as {@link Keys#key} keys, one map per level of the
 * resolution contract. Built once; read-only afterwards.
 */
final class NameTable {

    /** The levels of the contract, best first. */
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
        ALIAS
    }

    private final Map<Level, Map<String, List<NotePath>>> notes = new HashMap<>();
    private final Map<String, List<NotePath>> attachmentPaths = new HashMap<>();
    private final Map<String, List<NotePath>> attachmentSuffixes = new HashMap<>();
    private final Map<String, List<NotePath>> attachmentNames = new HashMap<>();

    NameTable(Collection<Note> allNotes, Collection<NotePath> attachments) {
        for (Level level : Level.values()) {
            notes.put(level, new HashMap<>(allNotes.size() * 2));
        }
        for (Note note : allNotes) {
            NotePath path = note.path();
            add(notes.get(Level.PATH), path.value(), path);
            add(notes.get(Level.PATH), path.withoutExtension(), path);
            addSuffixes(notes.get(Level.SUFFIX), path);
            add(notes.get(Level.NAME), path.name(), path);
            add(notes.get(Level.NAME), path.fileName(), path);
            if (note.title() != null && !note.title().isBlank()) {
                add(notes.get(Level.TITLE), note.title(), path);
            }
            for (String alias : note.aliases()) {
                if (!alias.isBlank()) {
                    add(notes.get(Level.ALIAS), alias, path);
                }
            }
        }
        for (NotePath path : attachments) {
            add(attachmentPaths, path.value(), path);
            addSuffixes(attachmentSuffixes, path);
            add(attachmentNames, path.fileName(), path);
        }
        notes.values().forEach(NameTable::freeze);
        List.of(attachmentPaths, attachmentSuffixes, attachmentNames).forEach(NameTable::freeze);
    }

    /** Every list becomes immutable and sorted, so resolutions can share it as their candidate list. */
    private static void freeze(Map<String, List<NotePath>> map) {
        map.replaceAll((key, list) -> list.size() == 1 ? List.of(list.get(0)) : list.stream().sorted().toList());
    }

    /** The notes reachable by this key at this level, sorted (empty when none). */
    List<NotePath> notes(Level level, String key) {
        return notes.get(level).getOrDefault(key, List.of());
    }

    /** Attachments at this vault-relative path key. */
    List<NotePath> attachmentsByPath(String key) {
        return attachmentPaths.getOrDefault(key, List.of());
    }

    /** Attachments whose path ends with this key (at least one folder deep). */
    List<NotePath> attachmentsBySuffix(String key) {
        return attachmentSuffixes.getOrDefault(key, List.of());
    }

    /** Attachments with this file name (with extension) anywhere in the vault. */
    List<NotePath> attachmentsByName(String key) {
        return attachmentNames.getOrDefault(key, List.of());
    }

    private static void addSuffixes(Map<String, List<NotePath>> map, NotePath path) {
        String value = path.value();
        String bare = path.withoutExtension();
        int slash = value.indexOf('/');
        int segments = (int) value.chars().filter(c -> c == '/').count() + 1;
        for (int start = 1; start <= segments - 2; start++) {
            add(map, value.substring(slash + 1), path);
            add(map, bare.substring(slash + 1), path);
            slash = value.indexOf('/', slash + 1);
        }
    }

    private static void add(Map<String, List<NotePath>> map, String name, NotePath path) {
        List<NotePath> list = map.computeIfAbsent(Keys.key(name), k -> new ArrayList<>(1));
        if (!list.contains(path)) {
            list.add(path);
        }
    }
}
