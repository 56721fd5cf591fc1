package org.kasten.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kasten show VAULT NOTE [--json]}: everything Kasten knows about one note. */
@Command(name = "show", description = "Show one note: title, aliases, tags, properties, links, backlinks, see-also, headings.")
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VAULT") Path vault;

    @Parameters(index = "1", paramLabel = "NOTE") String note;

    @Option(names = "--json", description = "Machine-readable output.") boolean json;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
