package org.kasten.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.kasten.app.Workspace;
import org.kasten.note.Heading;
import org.kasten.note.Mention;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kasten show VAULT NOTE [--json]}: everything Kasten knows about one note. */
@Command(name = "show", description = "Show one note: title, aliases, tags, properties, links, backlinks, see-also, headings.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VAULT", description = "The vault folder.", converter = VaultArgument.class)
    Path vault;

    @Parameters(index = "1", paramLabel = "NOTE", description = "A vault-relative path, a title or an alias.") String name;

    @Option(names = "--json", description = "Machine-readable output.") boolean json;

    @Spec CommandSpec spec;

    @ParentCommand KastenCommand kasten;

    @Override
    public Integer call() throws Exception {
        try (Workspace workspace = CliSupport.open(vault, kasten.timer())) {
            Note note = CliSupport.note(workspace, name);
            Map<String, Object> report = report(workspace, note);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.line(report));
            } else {
                printText(report, new TerminalWriter(out));
            }
            out.flush();
            return 0;
        }
    }

    static Map<String, Object> report(Workspace workspace, Note note) {
        NotePath path = note.path();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("path", path.value());
        report.put("title", note.title());
        report.put("aliases", note.aliases());
        report.put("tags", note.tags());
        report.put("properties", note.frontmatter().values());
        List<Map<String, Object>> headings = new ArrayList<>();
        for (Heading h : note.headings()) {
            headings.add(map("level", h.level(), "text", h.text(), "anchor", h.anchor()));
        }
        report.put("headings", headings);
        List<Map<String, Object>> links = new ArrayList<>();
        for (ResolvedLink link : workspace.graph().outgoing(path)) {
            Map<String, Object> entry = map("target", link.link().target(),
                    "kind", link.link().kind().name().toLowerCase(java.util.Locale.ROOT),
                    "resolved", resolved(link.resolution()), "anchor", link.link().anchor());
            entry.put("line", link.link().line());
            entry.put("ambiguous", link.resolution().ambiguous());
            links.add(entry);
        }
        report.put("links", links);
        List<Map<String, Object>> backlinks = new ArrayList<>();
        for (ResolvedLink link : workspace.graph().backlinks(path)) {
            Map<String, Object> entry = map("source", link.source().value(), "context", link.link().context());
            entry.put("line", link.link().line());
            backlinks.add(entry);
        }
        report.put("backlinks", backlinks);
        List<Map<String, Object>> seeAlso = new ArrayList<>();
        for (ResolvedLink link : workspace.graph().seeAlso(path)) {
            seeAlso.add(map("target", link.link().target(), "resolved", resolved(link.resolution())));
        }
        report.put("seeAlso", seeAlso);
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Mention mention : workspace.graph().unlinkedMentions(path)) {
            Map<String, Object> entry = map("source", mention.source().value(), "context", mention.context());
            entry.put("line", mention.line());
            mentions.add(entry);
        }
        report.put("unlinkedMentions", mentions);
        return report;
    }

    private static String resolved(Resolution resolution) {
        return resolution.resolved() ? resolution.path().value() : null;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static void printText(Map<String, Object> report, PrintWriter out) {
        out.println(report.get("title"));
        out.println("  path: " + report.get("path"));
        printList(out, "aliases", (List<Object>) report.get("aliases"));
        printList(out, "tags", (List<Object>) report.get("tags"));
        Map<String, Object> properties = (Map<String, Object>) report.get("properties");
        if (!properties.isEmpty()) {
            out.println();
            out.println("Properties:");
            properties.forEach((k, v) -> out.println("  " + k + ": " + v));
        }
        List<Map<String, Object>> headings = (List<Map<String, Object>>) report.get("headings");
        if (!headings.isEmpty()) {
            out.println();
            out.println("Headings:");
            headings.forEach(h -> out.println("  " + "  ".repeat((Integer) h.get("level") - 1) + h.get("text")
                    + "  #" + h.get("anchor")));
        }
        List<Map<String, Object>> links = (List<Map<String, Object>>) report.get("links");
        if (!links.isEmpty()) {
            out.println();
            out.println("Links:");
            links.forEach(l -> out.println("  " + l.get("target") + (l.get("anchor") == null ? "" : "#" + l.get("anchor"))
                    + "  (" + l.get("kind") + ") -> " + (l.get("resolved") == null ? "unresolved" : l.get("resolved"))));
        }
        List<Map<String, Object>> backlinks = (List<Map<String, Object>>) report.get("backlinks");
        if (!backlinks.isEmpty()) {
            out.println();
            out.println("Backlinks:");
            backlinks.forEach(b -> out.println("  " + b.get("source") + ":" + b.get("line") + "  " + b.get("context")));
        }
        List<Map<String, Object>> seeAlso = (List<Map<String, Object>>) report.get("seeAlso");
        if (!seeAlso.isEmpty()) {
            out.println();
            out.println("See also:");
            seeAlso.forEach(s -> out.println("  " + s.get("target") + " -> "
                    + (s.get("resolved") == null ? "unresolved" : s.get("resolved"))));
        }
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) report.get("unlinkedMentions");
        if (!mentions.isEmpty()) {
            out.println();
            out.println("Unlinked mentions:");
            mentions.forEach(m -> out.println("  " + m.get("source") + ":" + m.get("line") + "  " + m.get("context")));
        }
        out.flush();
    }

    private static void printList(PrintWriter out, String label, List<Object> values) {
        if (!values.isEmpty()) {
            out.println("  " + label + ": " + String.join(", ", values.stream().map(String::valueOf).toList()));
        }
    }
}
