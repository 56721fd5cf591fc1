package org.kasten.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

/**
 * Which notes have links that may look up a given name key, so an edit that renames a note re-resolves only
 * those. Every key a link's resolution looks up ({@link TargetResolver}: the target, the target without
 * leading slashes, joined to the note's folder, its last path segment) ends in the target's last path
 * segment; the links are filed under that segment's key (the "bucket"), and a changed name key finds them
 * under its own last segment. Targets whose last segment is empty, {@code .} or {@code ..} (the folder join
 * ends elsewhere) are filed under one bucket that every edit looks at. A bare "See also" entry with commas is
 * filed under each part too ({@link SeeAlsoSplitter} resolves the parts). Immutable; {@link #with} makes the
 * buckets after one note's links changed.
 */
final class LinkBuckets {

    /** The bucket of targets whose looked-up keys need not end in their last segment: looked at always. */
    private static final String ALWAYS = "\0";

    private final Map<String, NotePath[]> sources;

    private LinkBuckets(Map<String, NotePath[]> sources) {
        this.sources = sources;
    }

    /** The buckets of these notes' links ({@code notes} sorted by path). */
    static LinkBuckets of(List<Note> notes) {
        Map<String, List<NotePath>> building = new HashMap<>();
        for (Note note : notes) {
            for (String bucket : buckets(note)) {
                building.computeIfAbsent(bucket, b -> new ArrayList<>(2)).add(note.path());
            }
        }
        Map<String, NotePath[]> frozen = new HashMap<>(building.size() * 4 / 3 + 16);
        building.forEach((bucket, paths) -> frozen.put(bucket, paths.toArray(NotePath[]::new)));
        return new LinkBuckets(frozen);
    }

    /** The notes with links that may look up one of these name keys (sorted, no repeats), always-bucket included. */
    Set<NotePath> sources(Set<String> keys) {
        Set<NotePath> found = new HashSet<>();
        add(ALWAYS, found);
        for (String key : keys) {
            add(Keys.lastSegment(key), found);
        }
        return found;
    }

    private void add(String bucket, Set<NotePath> into) {
        NotePath[] paths = sources.get(bucket);
        if (paths != null) {
            into.addAll(Arrays.asList(paths));
        }
    }

    /** The buckets with the note at {@code path} having the links of {@code now} instead of {@code before}. */
    LinkBuckets with(NotePath path, Note before, Note now) {
        Set<String> old = before == null ? Set.of() : buckets(before);
        Set<String> next = now == null ? Set.of() : buckets(now);
        if (old.equals(next)) {
            return this;
        }
        Map<String, NotePath[]> changed = new HashMap<>(sources);
        for (String bucket : old) {
            if (!next.contains(bucket)) {
                NotePath[] paths = changed.get(bucket);
                NotePath[] fewer = Arrays.stream(paths).filter(p -> !p.equals(path)).toArray(NotePath[]::new);
                if (fewer.length == 0) {
                    changed.remove(bucket);
                } else {
                    changed.put(bucket, fewer);
                }
            }
        }
        for (String bucket : next) {
            if (!old.contains(bucket)) {
                NotePath[] paths = changed.getOrDefault(bucket, new NotePath[0]);
                NotePath[] more = Arrays.copyOf(paths, paths.length + 1);
                more[paths.length] = path;
                changed.put(bucket, more);
            }
        }
        return new LinkBuckets(changed);
    }

    private static Set<String> buckets(Note note) {
        Set<String> buckets = new HashSet<>();
        for (Link link : note.links()) {
            String target = link.target();
            if (target.isBlank()) {
                continue; // a link within the note ([[#Heading]]) looks up no name
            }
            buckets.add(bucket(target));
            if (link.kind() == LinkKind.SEE_ALSO && target.indexOf(',') >= 0) {
                for (String part : target.split(",")) {
                    if (!part.isBlank()) {
                        buckets.add(bucket(part));
                    }
                }
            }
        }
        return buckets;
    }

    /** The key of a target's last path segment, or {@link #ALWAYS} when a folder join may end elsewhere. */
    static String bucket(String target) {
        String written = target.strip();
        String last = written.substring(written.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return ALWAYS;
        }
        return Keys.key(last);
    }
}
