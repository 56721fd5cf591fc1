package org.kasten.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * The launcher {@code bin/kasten} on Linux: a shell script that starts the image's own {@code java} with the same
 * options and arguments jpackage's launcher passes (those of its {@code lib/app/kasten.cfg}), written over
 * jpackage's launcher. jpackage's Linux launcher asks the package managers which package owns it on every start
 * ({@code rpm -qf}, then {@code dpkg -S}, twice, and {@code dpkg -L} when installed from a package) before it
 * starts the JVM; on a system with many packages that is most of the time before the JVM starts (figures in
 * docs/performance.md, "The installed program"). The script follows a symbolic link to itself (the {@code .deb}
 * puts {@code /usr/bin/kasten} there), so the image may live anywhere. It may choose one option by its first
 * argument ({@link ByCommand}): the class cache trained on the command line for its commands, the window's for the
 * rest.
 */
final class ShellLauncher {

    /** jpackage's name for the app folder in launcher options, replaced by the script's own path to it. */
    private static final String APPDIR = "$APPDIR";

    private ShellLauncher() {
    }

    /**
     * Writes the script over the launcher {@code bin/NAME} of the app image.
     *
     * @param options the JVM options, as given to jpackage ({@code $APPDIR} stands for {@code lib/app})
     * @param appVersion the version jpackage's launcher passes as {@code jpackage.app-version}
     * @param mainModule the module and main class, as {@code java -m} takes them
     */
    static void write(Path launcher, List<String> options, String appVersion, String mainModule, ByCommand byCommand)
            throws IOException {
        Files.writeString(launcher, script(options, appVersion, mainModule, byCommand), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /**
     * One of the options replaced by another when the first argument is one of some commands.
     *
     * @param option the option as in the launcher's options (the one used for every other first argument)
     * @param replacement the option used instead for those commands
     * @param commands the first arguments that choose the replacement
     */
    record ByCommand(String option, String replacement, List<String> commands) {
    }

    /** The script; {@code byCommand} may be null (every command gets the same options). */
    static String script(List<String> options, String appVersion, String mainModule, ByCommand byCommand) {
        StringBuilder command = new StringBuilder("exec \"$app/lib/runtime/bin/java\"");
        command.append(' ').append(quote("-Djpackage.app-version=" + appVersion));
        StringBuilder choice = new StringBuilder();
        for (String option : options) {
            if (byCommand != null && option.equals(byCommand.option())) {
                choice.append("chosen=").append(quote(option)).append('\n')
                        .append("case \"${1-}\" in\n    ").append(String.join("|", byCommand.commands()))
                        .append(") chosen=").append(quote(byCommand.replacement())).append(" ;;\nesac\n");
                command.append(" \"$chosen\"");
            } else {
                command.append(' ').append(quote(option));
            }
        }
        command.append(" \"-Djpackage.app-path=$self\" -m ").append(quote(mainModule)).append(" \"$@\"\n");
        return "#!/bin/sh\n"
                + "# Kasten's launcher, written by the build (org.kasten.dist.ShellLauncher) in place of jpackage's,\n"
                + "# which asks rpm and dpkg which package owns it on every start.\n"
                + "self=$(readlink -f -- \"$0\") || exit 1\n"
                + "bin=${self%/*}\n"
                + "app=${bin%/*}\n"
                + choice
                + command;
    }

    /** One word for sh: the literal text in single quotes, {@code $APPDIR} as the script's {@code "$app/lib/app"}. */
    static String quote(String word) {
        StringBuilder quoted = new StringBuilder();
        String[] parts = word.split(java.util.regex.Pattern.quote(APPDIR), -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                quoted.append("\"$app/lib/app\"");
            }
            if (!parts[i].isEmpty()) {
                quoted.append('\'').append(parts[i].replace("'", "'\\''")).append('\'');
            }
        }
        return quoted.length() == 0 ? "''" : quoted.toString();
    }
}
