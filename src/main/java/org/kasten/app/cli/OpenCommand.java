package org.kasten.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kasten open VAULT [--graph] [--note NOTE] [--screenshot FILE.png]}: opens the window on a vault. */
@Command(name = "open", description = "Open the window on a vault; --graph shows the global graph; --screenshot writes the loaded window (the graph once laid out) to a PNG and exits.")
final class OpenCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "VAULT", converter = VaultArgument.class,
            description = "The vault folder (default: the last vault, else the bundled notes/).")
    Path vault;

    @Option(names = "--note", paramLabel = "NOTE", description = "The note to show: a vault-relative path, title or alias.")
    String note;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "Write the loaded window to this PNG and exit.")
    Path screenshot;

    @Option(names = "--graph", description = "Show the global graph (centred on NOTE when given).")
    boolean graph;

    @ParentCommand KastenCommand kasten;

    @Override
    public Integer call() {
        return kasten.openWindow(vault, note, screenshot, graph, new PrintWriter(System.err, true));
    }
}
