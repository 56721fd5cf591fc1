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
import java.util.stream.IntStream;

import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;
import org.kasten.note.WordFilter;

/**
 * Finds unlinked mentions: other notes naming a note's title or an alias (3 characters or more) as whole
 * words, ignoring case, outside links, code, URLs and comments. Lines that already link to the note are
 * skipped; every other occurrence is listed (as Obsidian does). On the first question every note's
 * {@link WordFilter} is taken (in parallel: from the parse cache where the note was kept there, else made from its
 * body) and kept: a question then reads only the notes whose filter may hold every word of a name. Answers are
 * cached per target. Safe to call from several threads.
 */
final class MentionFinder {

    private static final int MIN_LENGTH = 3;

    private final List<Note> notes;
    private final Function<NotePath, List<ResolvedLink>> outgoing;
    /** Per note: null until the first question, then the filter of its body's words ({@link Note#text}). */
    private final AtomicReferenceArray<WordFilter> filters;
    private final ConcurrentHashMap<NotePath, List<Mention>> cache = new ConcurrentHashMap<>();

    /**
     * A finder over {@code notes} (sorted by path); {@code before} (or null), the finder of the graph this one
     * was edited from, lends the filters it has made for the very notes both share (a changed note is a new
     * object and gets a new filter), so an edit does not make every note's filter again.
     */
    MentionFinder(List<Note> notes, Function<NotePath, List<ResolvedLink>> outgoing, MentionFinder before) {
        this.notes = notes;
        this.outgoing = outgoing;
        this.filters = new AtomicReferenceArray<>(notes.size());
        if (before != null) {
            int j = 0; // both lists sorted by path and sharing all but a few notes: compared by identity first
            for (int i = 0; i < notes.size(); i++) {
                Note note = notes.get(i);
                while (j < before.notes.size() && before.notes.get(j) != note
                        && before.notes.get(j).path().compareTo(note.path()) < 0) {
                    j++;
                }
                if (j < before.notes.size() && before.notes.get(j) == note) {
                    filters.set(i, before.filters.get(j++));
                }
            }
        }
    }

    /**
     * The unlinked mentions of {@code target} found by reading every other note, no filter asked: what
     * {@link #mentions} must answer (for tests).
     */
    List<Mention> mentionsReadingEveryNote(Note target) {
        return find(target, false);
    }

    /** The unlinked mentions of {@code target}, sorted by source path then line. */
    List<Mention> mentions(Note target) {
        List<Mention> cached = cache.get(target.path());
        if (cached != null) {
            return cached;
        }
        List<Mention> found = List.copyOf(find(target, true));
        List<Mention> raced = cache.putIfAbsent(target.path(), found);
        return raced == null ? found : raced;
    }

    private List<Mention> find(Note target, boolean filtered) {
        Set<String> terms = terms(target);
        List<Mention> mentions = new ArrayList<>();
        if (terms.isEmpty()) {
            return mentions;
        }
        if (filtered && filters.length() > 0 && filters.get(filters.length() - 1) == null) {
            IntStream.range(0, notes.size()).parallel().forEach(this::filter); // the first question: all at once
        }
        List<long[]> words = new ArrayList<>();
        for (String term : terms) {
            words.add(WordFilter.words(term));
        }
        for (int i = 0; i < notes.size(); i++) {
            Note source = notes.get(i);
            if (source.path().equals(target.path())) {
                continue;
            }
            if (!filtered) {
                collect(source, MentionText.of(body(i)), terms, target.path(), mentions);
            } else if (mayContainAny(filter(i), words)) {
                String body = body(i);
                if (MentionText.mayHold(body, terms)) { // the filter's words may be apart: look before preparing
                    collect(source, MentionText.of(body), terms, target.path(), mentions);
                }
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

    /** True when, for some name, every word of it may be in the note (a name with no words always may). */
    private static boolean mayContainAny(WordFilter filter, List<long[]> names) {
        for (long[] words : names) {
            if (filter.mayContain(words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The filter of a note's words, taken on first need: it holds every word of the prose a hit is looked for in
     * ({@link MentionText#lower}), as it holds every word of the body.
     */
    private WordFilter filter(int index) {
        WordFilter filter = filters.get(index);
        if (filter == null) {
            filter = notes.get(index).text().words();
            filters.set(index, filter);
        }
        return filter;
    }

    private String body(int index) {
        String body = notes.get(index).body();
        return body == null ? "" : body;
    }
}
