package org.kasten.graph;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.kasten.graph.NameTable.Level;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.Resolution.Status;

/**
 * Decides where one link target leads, following DESIGN.md's contract: path, path end, file name, title,
 * alias (the first level with a match wins); several matches at that level are broken by same folder,
 * shortest path, lexical order, and reported as candidates. Markdown links are tried relative to the
 * linking note's folder first. Targets with an attachment extension are looked up among attachments.
 * A bare name such as {@code Note} is also the vault-relative path of a note {@code Note.md} at the vault
 * root, so that note wins over {@code Sub/Note.md} even for a link written in {@code Sub/}.
 */
final class TargetResolver {

    /** Extensions of files Kasten reads as notes. */
    static final Set<String> NOTE_EXTENSIONS = Set.of("md", "markdown", "txt");

    /** Extensions that make a target an attachment (looked up among files, never a ghost). */
    static final Set<String> ATTACHMENT_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "avif", "ico", "tif", "tiff", "heic",
            "mp3", "wav", "m4a", "ogg", "oga", "flac", "3gp", "webm", "mp4", "m4v", "mov", "mkv", "ogv", "avi",
            "pdf", "canvas", "base", "zip", "csv", "json", "docx", "xlsx", "pptx", "epub", "drawio");

    private static final Level[] NAME_LEVELS = {Level.NAME, Level.TITLE, Level.ALIAS};

    private final NameTable table;

    TargetResolver(NameTable table) {
        this.table = table;
    }

    /** True when the name table holds every name itself ({@link NameTable#complete}). */
    boolean namesComplete() {
        return table.complete();
    }

    /** The names this resolver looks targets up in. */
    NameTable table() {
        return table;
    }

    /** Resolves a link of {@code source}; same-note links ({@code [[#Heading]]}) lead to the source itself. */
    Resolution resolve(Link link, NotePath source) {
        if (link.target().isBlank()) {
            return new Resolution(Status.NOTE, source, "", List.of(source));
        }
        boolean fileLink = link.kind() == LinkKind.MARKDOWN || link.kind() == LinkKind.MARKDOWN_EMBED;
        return resolve(link.target(), source, fileLink);
    }

    /**
     * Resolves a target written in {@code from} (null: the vault root). {@code fileLink}: the target is a
     * Markdown file path, tried relative to {@code from}'s folder first and by its file name last.
     */
    Resolution resolve(String target, NotePath from, boolean fileLink) {
        return resolve(target, from == null ? "" : from.folder(), fileLink);
    }

    /** As {@link #resolve(String, NotePath, boolean)} from a note in {@code folder} ({@link NotePath#folder}). */
    private Resolution resolve(String target, String folder, boolean fileLink) {
        String written = target.strip();
        if (written.isEmpty()) {
            return new Resolution(Status.GHOST, null, written, List.of());
        }
        boolean relative = fileLink || isRelative(written);
        if (ATTACHMENT_EXTENSIONS.contains(extension(written))) {
            Candidates files = attachments(written, folder, relative);
            if (!files.isEmpty()) {
                return choose(Status.ATTACHMENT, files, folder, written);
            }
            Candidates named = notes(written); // a note called "data.csv" (data.csv.md) or with that alias
            return named.isEmpty()
                    ? new Resolution(Status.MISSING_ATTACHMENT, null, written, List.of())
                    : choose(Status.NOTE, named, folder, written);
        }
        Candidates found = relative ? relativeNotes(written, folder) : Candidates.NONE;
        if (found.isEmpty()) {
            found = notes(written);
        }
        if (found.isEmpty() && fileLink && written.indexOf('/') >= 0) {
            found = notes(written.substring(written.lastIndexOf('/') + 1));
        }
        if (!found.isEmpty()) {
            return choose(Status.NOTE, found, folder, written);
        }
        Candidates files = attachments(written, folder, relative);
        if (!files.isEmpty()) {
            return choose(Status.ATTACHMENT, files, folder, written);
        }
        String joined = isRelative(written) ? join(folder, written) : null;
        return new Resolution(Status.GHOST, null, ghostName(joined != null ? joined : written), List.of());
    }

    /** A memo of this resolver's answers for one run of notes in path order ({@link Memo}). */
    Memo memo() {
        return new Memo();
    }

    /**
     * Resolves the links of notes given in path order, for one graph build: a target seen before from the same
     * folder, or from anywhere when its answer does not depend on the folder (a wiki-link's name, not relative,
     * with at most one match), is answered with the very {@link Resolution} given before. The same answer, made
     * once: at 100,000 notes most links repeat a target of their folder (docs/performance.md, "Issue 16: a
     * flatter graph, session 18"). Not shared between threads.
     */
    final class Memo {
        private final Map<String, Resolution> anywhere = new HashMap<>();
        private final Map<String, Resolution> here = new HashMap<>();
        private final Map<String, Resolution> hereFiles = new HashMap<>();
        private String folder = "";
        private NotePath source;

        private Memo() {
        }

        /** As {@link TargetResolver#resolve(Link, NotePath)}. */
        Resolution resolve(Link link, NotePath source) {
            String target = link.target();
            if (target.isBlank()) {
                return TargetResolver.this.resolve(link, source);
            }
            boolean fileLink = link.kind() == LinkKind.MARKDOWN || link.kind() == LinkKind.MARKDOWN_EMBED;
            if (source != this.source) { // a note's links come together: its folder made once
                this.source = source;
                String from = source.folder();
                if (!from.equals(folder)) {
                    here.clear();
                    hereFiles.clear();
                    folder = from;
                }
            }
            Map<String, Resolution> local = fileLink ? hereFiles : here;
            Resolution known = local.get(target);
            if (known == null && !fileLink) {
                known = anywhere.get(target);
            }
            if (known != null) {
                return known;
            }
            Resolution made = TargetResolver.this.resolve(target, folder, fileLink);
            if (!fileLink && !isRelative(target.strip()) && made.candidates().size() <= 1) {
                anywhere.put(target, made);
            } else {
                local.put(target, made);
            }
            return made;
        }
    }

    /** {@code ./x} or {@code ../x}: written relative to the linking note's folder (Obsidian's relative links). */
    private static boolean isRelative(String target) {
        return target.startsWith("./") || target.startsWith("../");
    }

    /** The notes a target names at the best matching level (empty when none). */
    private Candidates notes(String target) {
        String path = withoutLeadingSlash(target);
        String pathKey = Keys.key(path);
        Candidates found = table.get(pathKey, Level.PATH);
        if (found.isEmpty() && path.indexOf('/') >= 0) {
            found = table.get(pathKey, Level.SUFFIX);
        }
        String nameKey = null;
        for (int i = 0; i < NAME_LEVELS.length && found.isEmpty(); i++) {
            if (nameKey == null) {
                nameKey = path.length() == target.length() ? pathKey : Keys.key(target);
            }
            found = table.get(nameKey, NAME_LEVELS[i]);
        }
        return found;
    }

    private Candidates relativeNotes(String target, String folder) {
        if (target.startsWith("/")) {
            return Candidates.NONE;
        }
        String joined = join(folder, target);
        return joined == null ? Candidates.NONE : table.get(Keys.key(joined), Level.PATH);
    }

    private Candidates attachments(String target, String folder, boolean fileLink) {
        if (fileLink && !target.startsWith("/")) {
            String joined = join(folder, target);
            Candidates relative = joined == null ? Candidates.NONE : table.get(Keys.key(joined), Level.FILE_PATH);
            if (!relative.isEmpty()) {
                return relative;
            }
        }
        String path = withoutLeadingSlash(target);
        String pathKey = Keys.key(path);
        Candidates found = table.get(pathKey, Level.FILE_PATH);
        int slash = path.lastIndexOf('/');
        if (found.isEmpty() && slash >= 0) {
            found = table.get(pathKey, Level.FILE_SUFFIX);
        }
        if (found.isEmpty()) {
            found = table.get(slash < 0 ? pathKey : Keys.key(path.substring(slash + 1)), Level.FILE_NAME);
        }
        return found;
    }

    private static Resolution choose(Status status, Candidates found, String folder, String name) {
        return new Resolution(status, found.choose(folder), name, found.paths());
    }

    /** The lower-case extension of the last path segment, or "" when it has none that looks like one. */
    static String extension(String target) {
        String file = target.substring(target.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        if (dot <= 0 || dot == file.length() - 1) {
            return "";
        }
        return file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name a ghost gets: the target without a Markdown extension. */
    static String ghostName(String target) {
        String ext = extension(target);
        return ext.equals("md") || ext.equals("markdown")
                ? target.substring(0, target.length() - ext.length() - 1) : target;
    }

    private static String withoutLeadingSlash(String target) {
        int start = 0;
        while (start < target.length() && target.charAt(start) == '/') {
            start++;
        }
        return target.substring(start);
    }

    /** {@code folder/target} with {@code .} and {@code ..} applied; null when it climbs out of the vault. */
    static String join(String folder, String target) {
        if ((folder.isEmpty() || plain(folder)) && plain(target)) { // nothing to apply: the two joined as they are
            return folder.isEmpty() ? target : folder + "/" + target;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder + "/" + target).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** True for a path of one or more segments, none of them empty, {@code .} or {@code ..}. */
    private static boolean plain(String path) {
        int start = 0;
        while (true) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            int length = end - start;
            if (length == 0 || path.charAt(start) == '.' && (length == 1 || length == 2 && path.charAt(start + 1) == '.')) {
                return false;
            }
            if (slash < 0) {
                return true;
            }
            start = slash + 1;
        }
    }
}
