package org.kasten.bench;

import java.nio.file.Path;
import java.util.List;

import org.kasten.app.SearchWarmUp;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;

/**
 * Not a test: how long the first searches of a fresh JVM take, with and without {@link SearchWarmUp} first.
 * Run in a new JVM per measurement, with the app's options:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/classes:target/test-classes:DEPS
 * org.kasten.bench.FirstSearchLoop VAULT true|false}. Prints the wall ms of five searches as the panel asks them
 * (200 hits, snippets, facets) of words no title holds.
 */
public final class FirstSearchLoop {

    private FirstSearchLoop() {
    }

    public static void main(String[] args) throws Exception {
        boolean warm = Boolean.parseBoolean(args[1]);
        List<String> queries = List.of("how many years until ai learns", "money back", "collapse a heading",
                "sync notes between my phone and computer", "warning box with an icon");
        try (Workspace workspace = Workspace.open(Path.of(args[0]), Progress.NONE)) {
            workspace.awaitIndex();
            long start = System.nanoTime();
            int ran = warm ? SearchWarmUp.run(workspace, () -> false) : 0;
            long warmMs = (System.nanoTime() - start) / 1_000_000;
            StringBuilder out = new StringBuilder();
            for (String q : queries) {
                long t = System.nanoTime();
                workspace.search(q, 200, true);
                out.append(String.format(" %.1f", (System.nanoTime() - t) / 1e6));
            }
            System.out.printf("warm-up %s (%d queries, %d ms); first searches ms:%s%n", warm, ran, warmMs, out);
        }
    }
}
