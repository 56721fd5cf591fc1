package org.kasten.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kasten.app.CheckReports;
import org.kasten.app.WorkspaceLinks;
import org.kasten.note.Ghost;
import org.kasten.note.NoteGraph;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kasten check VAULT [--json] [--all]}: loads and resolves a vault and reports what is wrong with it. The
 * counts are always exact; the lists are cut (a vault of thousands of same-named notes has tens of thousands of
 * ambiguous links, hundreds of MB written out in full) unless {@code --all} asks for every entry.
 */
@Command(name = "check", description = "Load and resolve a vault; list unresolved, ambiguous links and warnings.")
final class CheckCommand implements Callable<Integer> {

    /** Entries listed per section, and names per entry, in text; more with {@code --all}. */
    static final int TEXT_ENTRIES = 20;
    static final int TEXT_NAMES = 5;
    /** The same in JSON. */
    static final int JSON_ENTRIES = 100;
    static final int JSON_NAMES = 20;

    @Parameters(index = "0", paramLabel = "VAULT", description = "The vault folder.", converter = VaultArgument.class)
    Path vault;

    @Option(names = "--json", description = "Machine-readable output.") boolean json;

    @Option(names = "--all", description = "List every entry (by default each list shows its first "
            + TEXT_ENTRIES + ", or " + JSON_ENTRIES + " in JSON, with the counts of all).")
    boolean all;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        CheckReports reports = CheckReports.look(vault);
        String kind = json ? "json" : "txt";
        Optional<CheckReports.Stored> stored = all ? Optional.empty() : reports.stored(kind);
        String answer;
        if (stored.isPresent()) {
            answer = stored.get().with(Long.toString((System.nanoTime() - start) / 1_000_000));
        } else {
            WorkspaceLinks links = reports.links(Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            answer = answer(links, millis, json);
            if (!all) { // both forms: a check in the other form answers from the store as well
                long time = 100_000_000_000_000_000L + new java.util.Random().nextLong(800_000_000_000_000_000L);
                reports.store("txt", answer(links, time, false), Long.toString(time));
                reports.store("json", answer(links, time, true), Long.toString(time));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.write(answer);
        out.flush();
        return 0;
    }

    /**
     * The whole answer as printed: JSON, or text as it reaches the terminal. {@code millis} is written once; a
     * stored answer is made with a random number of 18 digits there, no note can contain it.
     */
    private String answer(WorkspaceLinks links, long millis, boolean inJson) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        if (inJson) {
            out.println(Json.line(report(links, millis)));
        } else {
            TerminalWriter terminal = new TerminalWriter(out);
            printText(links, millis, terminal);
            terminal.flush();
        }
        out.flush();
        return text.toString();
    }

    private Map<String, Object> report(WorkspaceLinks links, long millis) {
        NoteGraph graph = links.graph();
        List<Ghost> ghosts = graph.ghosts();
        List<ResolvedLink> ambiguousLinks = graph.ambiguousLinks();
        List<Ghost> missing = graph.missingAttachments();
        List<Warning> warningList = links.warnings();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("notes", graph.notes().size());
        report.put("links", graph.linkCount());
        report.put("resolved", graph.resolvedCount());
        report.put("unresolved", targets(ghosts));
        List<Map<String, Object>> ambiguous = new ArrayList<>();
        for (ResolvedLink link : first(ambiguousLinks, JSON_ENTRIES)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("target", link.link().target());
            entry.put("source", link.source().value());
            entry.put("chosen", link.resolution().path() == null ? null : link.resolution().path().value());
            names(entry, "candidates", link.resolution().candidates());
            entry.put("line", link.link().line());
            ambiguous.add(entry);
        }
        report.put("ambiguous", ambiguous);
        report.put("missingAttachments", targets(missing));
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Warning warning : first(warningList, JSON_ENTRIES)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", warning.path().value());
            entry.put("line", warning.line());
            entry.put("message", warning.message());
            warnings.add(entry);
        }
        report.put("warnings", warnings);
        report.put("counts", Map.of("unresolved", ghosts.size(), "ambiguous", ambiguousLinks.size(),
                "missingAttachments", missing.size(), "warnings", warningList.size()));
        report.put("complete", all || (ghosts.size() <= JSON_ENTRIES && ambiguousLinks.size() <= JSON_ENTRIES
                && missing.size() <= JSON_ENTRIES && warningList.size() <= JSON_ENTRIES
                && ghosts.stream().allMatch(g -> g.sources().size() <= JSON_NAMES)
                && missing.stream().allMatch(g -> g.sources().size() <= JSON_NAMES)
                && ambiguousLinks.stream().allMatch(l -> l.resolution().candidates().size() <= JSON_NAMES)));
        report.put("millis", millis);
        return report;
    }

    private List<Map<String, Object>> targets(List<Ghost> ghosts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Ghost ghost : first(ghosts, JSON_ENTRIES)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("target", ghost.name());
            names(entry, "sources", ghost.sources());
            list.add(entry);
        }
        return list;
    }

    /** Puts the paths under {@code key}, cut to {@link #JSON_NAMES} with the number left out as "more" + Key. */
    private void names(Map<String, Object> entry, String key, List<NotePath> paths) {
        entry.put(key, first(paths, JSON_NAMES).stream().map(NotePath::value).toList());
        if (!all && paths.size() > JSON_NAMES) {
            entry.put("more" + Character.toUpperCase(key.charAt(0)) + key.substring(1), paths.size() - JSON_NAMES);
        }
    }

    private void printText(WorkspaceLinks links, long millis, PrintWriter out) {
        NoteGraph graph = links.graph();
        List<Ghost> ghosts = graph.ghosts();
        List<ResolvedLink> ambiguous = graph.ambiguousLinks();
        List<Ghost> missing = graph.missingAttachments();
        List<Warning> warnings = links.warnings();
        out.println(String.format("%s: %d notes, %d links (%d resolved), %d unresolved targets, %d ambiguous links, "
                        + "%d missing attachments, %d warnings; loaded in %d ms",
                links.root(), graph.notes().size(), graph.linkCount(), graph.resolvedCount(),
                ghosts.size(), ambiguous.size(), missing.size(), warnings.size(), millis));
        section(out, "Unresolved", ghosts);
        if (!ambiguous.isEmpty()) {
            out.println();
            out.println("Ambiguous:");
            for (ResolvedLink link : first(ambiguous, TEXT_ENTRIES)) {
                out.println(String.format("  %s:%d  [[%s]] -> %s (also: [%s])", link.source(), link.link().line(),
                        link.link().target(), link.resolution().path(), joined(link.resolution().candidates().stream()
                                .filter(p -> !p.equals(link.resolution().path())).toList())));
            }
            more(out, ambiguous.size(), "ambiguous links");
        }
        section(out, "Missing attachments", missing);
        if (!warnings.isEmpty()) {
            out.println();
            out.println("Warnings:");
            first(warnings, TEXT_ENTRIES).forEach(w -> out.println("  " + w));
            more(out, warnings.size(), "warnings");
        }
    }

    private void section(PrintWriter out, String title, List<Ghost> ghosts) {
        if (ghosts.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        for (Ghost ghost : first(ghosts, TEXT_ENTRIES)) {
            out.println(String.format("  %s  <- %s", ghost.name(), joined(ghost.sources())));
        }
        more(out, ghosts.size(), "targets");
    }

    /** The first {@code limit} items, or all of them with {@code --all}. */
    private <T> List<T> first(List<T> items, int limit) {
        return all || items.size() <= limit ? items : items.subList(0, limit);
    }

    /** Paths joined with commas, the first {@link #TEXT_NAMES} and how many more. */
    private String joined(List<NotePath> paths) {
        String shown = String.join(", ", first(paths, TEXT_NAMES).stream().map(NotePath::value).toList());
        return all || paths.size() <= TEXT_NAMES ? shown : shown + " and " + (paths.size() - TEXT_NAMES) + " more";
    }

    private void more(PrintWriter out, int size, String what) {
        if (!all && size > TEXT_ENTRIES) {
            out.println(String.format("  … and %d more %s (--all lists every one)", size - TEXT_ENTRIES, what));
        }
    }
}
