package org.kasten.app.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kasten.note.HtmlText;
import org.kasten.app.SearchAnswer;
import org.kasten.app.VaultException;
import org.kasten.app.VaultVectors;
import org.kasten.app.Workspace;
import org.kasten.app.WorkspaceSnapshot;
import org.kasten.note.Progress;
import org.kasten.note.QueryRefusedException;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kasten search VAULT QUERY [--limit N] [--json]} and {@code kasten search VAULT --batch}: ranked
 * hits with highlighted snippets; in batch mode one query per input line and one JSON line per line (an
 * {@code "error"} for a refused query). A QUERY may start with {@code -} ({@code -research}): an argument that
 * is no option of this command is the query ({@link UnknownOptionsAreArguments}); {@code --} ends the options.
 */
@Command(name = "search", description = "Search a vault: ranked hits with path, title, score and snippet.",
        modelTransformer = UnknownOptionsAreArguments.class)
final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VAULT", description = "The vault folder.", converter = VaultArgument.class)
    Path vault;

    @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY",
            description = "Words, \"phrases\", OR, -exclude, (groups), tag:, path:, file:, title:, [key:value], /regex/.")
    String query;

    @Option(names = "--limit", defaultValue = "10", description = "How many hits (default ${DEFAULT-VALUE}).") int limit;

    @Option(names = "--json", description = "Machine-readable output.") boolean json;

    @Option(names = "--mode", paramLabel = "MODE",
            description = "hybrid (words and meaning), lexical (words only) or semantic (meaning only); default hybrid "
                    + "when the vault's vectors are built (kasten index), else lexical.")
    String mode;

    @Option(names = "--batch", description = "Read one query per line from standard input; print one JSON line each.")
    boolean batch;

    @Spec CommandSpec spec;

    @ParentCommand KastenCommand kasten;

    @Override
    public Integer call() throws Exception {
        if (batch == (query != null)) {
            throw new ParameterException(spec.commandLine(), batch ? "--batch reads queries from standard input; give no QUERY"
                    : "missing QUERY (or use --batch)");
        }
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        VaultVectors vectors;
        try {
            vectors = VaultVectors.forSearch(vault, mode, warning -> {
                spec.commandLine().getErr().println("kasten: warning: " + warning);
                spec.commandLine().getErr().flush();
            });
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--mode: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (vectors) {
            return call(vectors, out);
        }
    }

    private int call(VaultVectors vectors, PrintWriter out) throws Exception {
        Optional<WorkspaceSnapshot> current = WorkspaceSnapshot.openIfCurrent(vault, kasten.timer().with(Progress.NONE));
        if (current.isPresent()) { // the index holds the vault as it is: no note needs reading
            try (WorkspaceSnapshot snapshot = current.get()) {
                return answer((q, l, f) -> vectors.search(snapshot::search, q, l, f), out);
            }
        }
        try (Workspace workspace = CliSupport.open(vault, kasten.timer())) {
            return answer((q, l, f) -> vectors.search(workspace::search, q, l, f), out);
        }
    }

    /** Where the answers come from, with the mode that gave them. */
    private interface Answering {
        SearchAnswer search(String query, int limit, boolean facets) throws VaultException;
    }

    private int answer(Answering searching, PrintWriter out) throws VaultException, IOException {
        if (batch) {
            QueryLines lines = new QueryLines(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (QueryLines.Line line = lines.next(); line != null; line = lines.next()) {
                out.println(Json.line(batchAnswer(searching, line)));
                out.flush();
            }
        } else {
            SearchAnswer results;
            try {
                results = searching.search(query, limit, json); // the text shows no facets: not computed
            } catch (QueryRefusedException e) {
                spec.commandLine().getErr().println("kasten: " + TerminalText.escape(e.getMessage()));
                spec.commandLine().getErr().flush();
                return 2; // the query is unusable input; 1 stays for an unreadable vault
            }
            if (json) {
                out.println(Json.line(report(results)));
            } else {
                printText(results.results(), new TerminalWriter(out));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The batch's answer to one input line: its hits, or, for a query that is refused or fails, an
     * {@code "error"} with no hits; the batch goes on either way.
     */
    private Map<String, Object> batchAnswer(Answering searching, QueryLines.Line line) throws VaultException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("query", line.text());
        long start = System.nanoTime();
        try {
            if (line.tooLong()) {
                throw QueryRefusedException.tooLong(line.length());
            }
            SearchAnswer answer = searching.search(line.text(), limit, false);
            SearchResults results = answer.results();
            entry.put("mode", answer.mode());
            entry.put("micros", results.micros());
            entry.put("total", results.total());
            entry.put("hits", hits(results));
        } catch (RuntimeException e) {
            entry.put("micros", (System.nanoTime() - start) / 1_000);
            entry.put("total", 0);
            entry.put("hits", List.of());
            entry.put("error", e instanceof QueryRefusedException ? e.getMessage() : "search failed: " + e);
        }
        return entry;
    }

    private static Map<String, Object> report(SearchAnswer answer) {
        SearchResults results = answer.results();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("query", results.query());
        report.put("mode", answer.mode());
        if (results.shownQuery() != null) {
            report.put("shownQuery", results.shownQuery());
        }
        report.put("micros", results.micros());
        report.put("total", results.total());
        report.put("hits", hits(results));
        report.put("facets", results.facets());
        return report;
    }

    private static List<Map<String, Object>> hits(SearchResults results) {
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", hit.path().value());
            entry.put("title", hit.title());
            entry.put("score", hit.score());
            entry.put("snippet", hit.snippet());
            hits.add(entry);
        }
        return hits;
    }

    private static void printText(SearchResults results, PrintWriter out) {
        if (results.shownQuery() != null) {
            out.println("showing results for: " + results.shownQuery());
        }
        out.println(String.format("%d notes match (%.1f ms)", results.total(), results.micros() / 1000.0));
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            out.println(String.format("%2d. %s  [%s]  %.2f", rank++, hit.title(), hit.path().value(), hit.score()));
            if (!hit.snippet().isBlank()) {
                out.println("    " + terminalText(hit.snippet()));
            }
        }
        out.flush();
    }

    /** A snippet for the terminal: marks as *…*, HTML entities back to characters. */
    static String terminalText(String snippet) {
        return HtmlText.unescape(snippet.replace("<mark>", "*").replace("</mark>", "*"));
    }
}
