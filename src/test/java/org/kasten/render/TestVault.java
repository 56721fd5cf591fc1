package org.kasten.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kasten.note.Anchors;
import org.kasten.note.Frontmatter;
import org.kasten.note.Heading;
import org.kasten.note.Note;
import org.kasten.note.NoteFormat;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/** An in-memory vault for render tests: notes by path, attachments, resolution by path or file name. */
final class TestVault implements LinkTargets {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");

    private final Map<NotePath, Note> notes = new LinkedHashMap<>();
    private final List<NotePath> attachments = new ArrayList<>();
    private final Map<NotePath, List<ResolvedLink>> seeAlso = new LinkedHashMap<>();

    /** Adds a Markdown (or, for .txt, plain-text) note and returns it. */
    Note add(String path, String body) {
        return add(path, body, Frontmatter.EMPTY);
    }

    Note add(String path, String body, Frontmatter frontmatter) {
        Note note = note(path, body, frontmatter);
        notes.put(note.path(), note);
        return note;
    }

    TestVault attachment(String path) {
        attachments.add(NotePath.of(path));
        return this;
    }

    TestVault seeAlso(NotePath source, List<ResolvedLink> links) {
        seeAlso.put(source, links);
        return this;
    }

    /** A note record as the loader would make it (headings found with a simple pattern). */
    static Note note(String path, String body, Frontmatter frontmatter) {
        NotePath notePath = NotePath.of(path);
        boolean plain = notePath.extension().equals("txt");
        List<Heading> headings = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length && !plain; i++) {
            Matcher m = HEADING.matcher(lines[i]);
            if (m.matches()) {
                headings.add(new Heading(m.group(1).length(), m.group(2), Anchors.slug(m.group(2)), i + 1));
            }
        }
        String title = frontmatter.string("title") != null ? frontmatter.string("title")
                : plain ? lines[0].strip()
                : headings.stream().filter(h -> h.level() == 1).map(Heading::text).findFirst().orElse(notePath.name());
        return new Note(notePath, plain ? NoteFormat.PLAIN_TEXT : NoteFormat.MARKDOWN, title, List.of(), List.of(),
                frontmatter, body, 1, body, headings, List.of(), List.of(), body.length(), 0L, "", List.of());
    }

    @Override
    public Resolution resolve(String target, NotePath from, boolean fileLink) {
        String key = norm(target);
        List<NotePath> matches = new ArrayList<>();
        for (NotePath path : notes.keySet()) {
            if (norm(path.value()).equals(key) || norm(path.withoutExtension()).equals(key) || norm(path.name()).equals(key)) {
                matches.add(path);
            }
        }
        if (!matches.isEmpty()) {
            return new Resolution(Resolution.Status.NOTE, matches.get(0), target, matches);
        }
        for (NotePath path : attachments) {
            if (norm(path.value()).equals(key) || norm(path.fileName()).equals(key)) {
                return new Resolution(Resolution.Status.ATTACHMENT, path, target, List.of());
            }
        }
        String ext = NotePath.of(target).extension();
        boolean file = !ext.isEmpty() && !ext.equals("md") && !ext.equals("txt");
        return new Resolution(file ? Resolution.Status.MISSING_ATTACHMENT : Resolution.Status.GHOST, null, target, List.of());
    }

    @Override
    public Optional<Note> note(NotePath path) {
        return Optional.ofNullable(notes.get(path));
    }

    @Override
    public List<ResolvedLink> seeAlso(NotePath source) {
        return seeAlso.getOrDefault(source, List.of());
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
