package org.kasten.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kasten check VAULT [--json]}: loads and resolves a vault and reports what is wrong with it. */
@Command(name = "check", description = "Load and resolve a vault; list unresolved, ambiguous links and warnings.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VAULT") Path vault;

    @Option(names = "--json", description = "Machine-readable output.") boolean json;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
