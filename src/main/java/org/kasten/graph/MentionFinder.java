package org.kasten.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/**
 * Finds unlinked mentions: other notes naming a note's title or an alias (3 characters or more) as whole
 * words, ignoring case, outside links, code, URLs and comments. Lines that already link to the note are
 * skipped; every other occurrence is listed (as Obsidian does). Bodies are prepared lazily, once per note,
 * and answers are cached per target; safe to call from several threads.
 */
final class MentionFinder {

    private static final int MIN_LENGTH = 3;

    private final List<Note> notes;
    private final Function<NotePath, List<ResolvedLink>> outgoing;
    private final AtomicReferenceArray<MentionText> texts;
    private final ConcurrentHashMap<NotePath, List<Mention>> cache = new ConcurrentHashMap<>();

    MentionFinder(List<Note> notes, Function<NotePath, List<ResolvedLink>> outgoing) {
        this.notes = notes;
        this.outgoing = outgoing;
        this.texts = new AtomicReferenceArray<>(notes.size());
    }

    /** The unlinked mentions of {@code target}, sorted by source path then line. */
    List<Mention> mentions(Note target) {
        List<Mention> cached = cache.get(target.path());
        if (cached != null) {
            return cached;
        }
        List<Mention> found = List.copyOf(find(target));
        List<Mention> raced = cache.putIfAbsent(target.path(), found);
        return raced == null ? found : raced;
    }

    private List<Mention> find(Note target) {
        Set<String> terms = terms(target);
        List<Mention> mentions = new ArrayList<>();
        if (terms.isEmpty()) {
            return mentions;
        }
        for (int i = 0; i < notes.size(); i++) {
            Note source = notes.get(i);
            if (!source.path().equals(target.path())) {
                collect(source, text(i), terms, target.path(), mentions);
            }
        }
        return mentions;
    }

    private void collect(Note source, MentionText text, Set<String> terms, NotePath target, List<Mention> into) {
        List<int[]> hits = new ArrayList<>();
        for (String term : terms) {
            for (int at = text.lower.indexOf(term); at >= 0; at = text.lower.indexOf(term, at + 1)) {
                if (isWordBoundary(text.lower, at - 1) && isWordBoundary(text.lower, at + term.length())) {
                    hits.add(new int[] {at, at + term.length()});
                }
            }
        }
        if (hits.isEmpty()) {
            return;
        }
        hits.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> -h[1]));
        Set<Integer> linkedLines = linesLinkingTo(source.path(), target);
        int covered = -1;
        for (int[] hit : hits) {
            if (hit[0] < covered) {
                continue;
            }
            covered = hit[1];
            int line = text.lineOf(hit[0]);
            int fileLine = source.bodyLine() + line;
            if (!linkedLines.contains(fileLine)) {
                into.add(new Mention(source.path(), target, text.original.substring(hit[0], hit[1]), fileLine,
                        text.lineText(line)));
            }
        }
    }

    private Set<Integer> linesLinkingTo(NotePath source, NotePath target) {
        Set<Integer> lines = new HashSet<>();
        for (ResolvedLink link : outgoing.apply(source)) {
            Resolution resolution = link.resolution();
            if (resolution.status() == Resolution.Status.NOTE && target.equals(resolution.path())) {
                lines.add(link.link().line());
            }
        }
        return lines;
    }

    private static Set<String> terms(Note target) {
        Set<String> terms = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(target.aliases());
        names.add(0, target.title() == null ? "" : target.title());
        for (String name : names) {
            String term = Keys.lowerSameLength(Keys.nfc(name.strip()));
            if (term.codePointCount(0, term.length()) >= MIN_LENGTH) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static boolean isWordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    private MentionText text(int index) {
        MentionText text = texts.get(index);
        if (text == null) {
            text = MentionText.of(notes.get(index).body());
            texts.compareAndSet(index, null, text);
        }
        return text;
    }
}
