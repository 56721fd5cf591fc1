package org.kasten.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

import org.kasten.app.BatchJvm;
import org.kasten.app.VaultVectors;
import org.kasten.app.Workspace;
import org.kasten.app.WorkspaceSnapshot;
import org.kasten.note.IndexReport;
import org.kasten.note.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kasten index VAULT}: builds or refreshes the persistent search index and says what it did. When the
 * index already holds every file as it is, it says so without reading a note ({@link WorkspaceSnapshot}).
 */
@Command(name = "index", description = "Build or refresh the vault's search index; print what changed and how long it took.")
final class IndexCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VAULT", description = "The vault folder.", converter = VaultArgument.class)
    Path vault;

    @Option(names = "--no-vectors", description = "Build only the word index, not the vectors semantic search uses.")
    boolean noVectors;

    @Spec CommandSpec spec;

    @ParentCommand KastenCommand kasten;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = new TerminalWriter(spec.commandLine().getOut());
        long start = System.nanoTime();
        // in the second JVM the launcher has looked already, and found work
        Optional<WorkspaceSnapshot> current = BatchJvm.launcherLooked() ? Optional.empty()
                : WorkspaceSnapshot.openIfCurrent(vault, kasten.timer().with(Progress.NONE), false);
        boolean vectors = !noVectors && VaultVectors.enabled();
        if (current.isPresent() && vectors && !VaultVectors.built(current.get().root())) {
            current.get().close(); // the words are current, the vectors are not: the notes are read for them
            current = Optional.empty();
        }
        if (current.isPresent()) { // nothing changed on disk: nothing to read, parse or write
            try (WorkspaceSnapshot snapshot = current.get()) {
                int notes = snapshot.noteCount();
                long millis = (System.nanoTime() - start) / 1_000_000 - snapshot.scanMillis();
                out.println(String.format("refreshed index of %d notes in %d ms (read %d ms): 0 added, 0 updated, 0 removed, %d unchanged",
                        notes, millis, snapshot.scanMillis(), notes));
                out.println("index: " + snapshot.indexFolder());
                out.flush();
                return 0;
            }
        }
        OptionalInt relaunched = BatchJvm.relaunchForWork(); // real work: worth the second JVM's start-up
        if (relaunched.isPresent()) {
            return relaunched.getAsInt();
        }
        try (Workspace workspace = CliSupport.open(vault, kasten.timer())) {
            IndexReport report = workspace.awaitIndex();
            kasten.timer().markOnce("index-built");
            int notes = report.added() + report.updated() + report.unchanged();
            out.println(String.format("%s %d notes in %d ms (read %d ms): %d added, %d updated, %d removed, %d unchanged",
                    report.rebuilt() ? "built index of" : "refreshed index of", notes, report.millis(),
                    workspace.loadMillis(), report.added(), report.updated(), report.removed(), report.unchanged()));
            out.println("index: " + report.location());
            out.flush();
            if (vectors) {
                VaultVectors.build(workspace.root(), workspace.graph().notes(), out, new TerminalWriter(spec.commandLine().getErr()));
            }
        } finally {
            kasten.timer().markOnce("index-closed");
        }
        return 0;
    }
}
