package org.kasten.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kasten.app.Workspace;
import org.kasten.note.Ghost;
import org.kasten.note.NotePath;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kasten check VAULT [--json]}: loads and resolves a vault and reports what is wrong with it. */
@Command(name = "check", description = "Load and resolve a vault; list unresolved, ambiguous links and warnings.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VAULT", description = "The vault folder.", converter = VaultArgument.class)
    Path vault;

    @Option(names = "--json", description = "Machine-readable output.") boolean json;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try (Workspace workspace = CliSupport.open(vault)) {
            long millis = (System.nanoTime() - start) / 1_000_000;
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.line(report(workspace, millis)));
            } else {
                printText(workspace, millis, new TerminalWriter(out));
            }
            out.flush();
            return 0;
        }
    }

    private static Map<String, Object> report(Workspace workspace, long millis) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("notes", workspace.notes().size());
        report.put("links", workspace.linkCount());
        report.put("resolved", workspace.resolvedCount());
        report.put("unresolved", targets(workspace.ghosts()));
        List<Map<String, Object>> ambiguous = new ArrayList<>();
        for (ResolvedLink link : workspace.ambiguousLinks()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("target", link.link().target());
            entry.put("source", link.source().value());
            entry.put("chosen", link.resolution().path() == null ? null : link.resolution().path().value());
            entry.put("candidates", link.resolution().candidates().stream().map(NotePath::value).toList());
            entry.put("line", link.link().line());
            ambiguous.add(entry);
        }
        report.put("ambiguous", ambiguous);
        report.put("missingAttachments", targets(workspace.missingAttachments()));
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (Warning warning : workspace.warnings()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", warning.path().value());
            entry.put("line", warning.line());
            entry.put("message", warning.message());
            warnings.add(entry);
        }
        report.put("warnings", warnings);
        report.put("millis", millis);
        return report;
    }

    private static List<Map<String, Object>> targets(List<Ghost> ghosts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Ghost ghost : ghosts) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("target", ghost.name());
            entry.put("sources", ghost.sources().stream().map(NotePath::value).toList());
            list.add(entry);
        }
        return list;
    }

    private static void printText(Workspace workspace, long millis, PrintWriter out) {
        List<Ghost> ghosts = workspace.ghosts();
        List<ResolvedLink> ambiguous = workspace.ambiguousLinks();
        List<Ghost> missing = workspace.missingAttachments();
        List<Warning> warnings = workspace.warnings();
        out.println(String.format("%s: %d notes, %d links (%d resolved), %d unresolved targets, %d ambiguous links, "
                        + "%d missing attachments, %d warnings; loaded in %d ms",
                workspace.root(), workspace.notes().size(), workspace.linkCount(), workspace.resolvedCount(),
                ghosts.size(), ambiguous.size(), missing.size(), warnings.size(), millis));
        section(out, "Unresolved", ghosts);
        if (!ambiguous.isEmpty()) {
            out.println();
            out.println("Ambiguous:");
            for (ResolvedLink link : ambiguous) {
                out.println(String.format("  %s:%d  [[%s]] -> %s (also: %s)", link.source(), link.link().line(),
                        link.link().target(), link.resolution().path(),
                        link.resolution().candidates().stream().filter(p -> !p.equals(link.resolution().path()))
                                .map(NotePath::value).toList()));
            }
        }
        section(out, "Missing attachments", missing);
        if (!warnings.isEmpty()) {
            out.println();
            out.println("Warnings:");
            warnings.forEach(w -> out.println("  " + w));
        }
        out.flush();
    }

    private static void section(PrintWriter out, String title, List<Ghost> ghosts) {
        if (ghosts.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        for (Ghost ghost : ghosts) {
            out.println(String.format("  %s  <- %s", ghost.name(), String.join(", ",
                    ghost.sources().stream().map(NotePath::value).toList())));
        }
    }
}
