package org.kasten.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.kasten.app.Workspace;
import org.kasten.note.Note;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kasten render VAULT NOTE [--theme light|dark]}: the note's HTML page exactly as the window shows it, with
 * control characters as character references ({@link TerminalText#escapeHtml}) so that a note's escape sequences
 * do not act on the terminal that prints the page.
 */
@Command(name = "render", description = "Print a note's HTML page exactly as the window shows it.")
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VAULT", description = "The vault folder.", converter = VaultArgument.class)
    Path vault;

    @Parameters(index = "1", paramLabel = "NOTE", description = "A vault-relative path, a title or an alias.") String name;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Spec CommandSpec spec;

    @ParentCommand KastenCommand kasten;

    @Override
    public Integer call() throws Exception {
        if (!theme.equalsIgnoreCase("light") && !theme.equalsIgnoreCase("dark")) {
            throw new ParameterException(spec.commandLine(), "unknown theme '" + theme + "' (light or dark)");
        }
        try (Workspace workspace = CliSupport.open(vault, kasten.timer())) {
            Note note = CliSupport.note(workspace, name);
            workspace.setTheme(theme);
            PrintWriter out = spec.commandLine().getOut();
            out.print(TerminalText.escapeHtml(Workspace.standalone(workspace.renderHtml(note.path()))));
            out.flush();
            return 0;
        }
    }
}
