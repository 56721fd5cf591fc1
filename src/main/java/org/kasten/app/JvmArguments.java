package org.kasten.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The options this JVM was started with, read from its own command line ({@link ProcessHandle.Info#arguments}),
 * which costs the launcher far less than the management API. Only the plain shapes are read: {@code java
 * [options] -jar JAR ARGS} and {@code java [options] CLASS ARGS} (its class path options left out: the second JVM
 * gets its own). Anything else, or options that may also come from the environment, gives empty, and the caller
 * asks the management API instead.
 */
final class JvmArguments {

    /** Environment variables whose options the JVM adds to its command line's. */
    static final Set<String> VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    private JvmArguments() {
    }

    /** The JVM options of this process, or empty when they cannot be read from its command line alone. */
    static Optional<List<String>> ofThisJvm(List<String> arguments, int programArguments) {
        for (String variable : VARIABLES) {
            if (System.getenv(variable) != null) {
                return Optional.empty();
            }
        }
        return parse(arguments, programArguments);
    }

    /**
     * The options before the jar or main class in {@code arguments} (the command line after {@code java}), whose
     * last {@code programArguments} are the program's; empty for any other shape (a module, a source file, an
     * argument file whose content is unknown here).
     */
    static Optional<List<String>> parse(List<String> arguments, int programArguments) {
        if (arguments == null) {
            return Optional.empty();
        }
        int end = arguments.size() - programArguments; // the jar's path or the main class ends before this
        if (end < 1) {
            return Optional.empty();
        }
        int optionsEnd = end >= 2 && arguments.get(end - 2).equals("-jar") ? end - 2 : end - 1;
        if (optionsEnd == end - 1 && arguments.get(end - 1).startsWith("-")) {
            return Optional.empty(); // no main class where one should be
        }
        List<String> options = new ArrayList<>();
        for (int i = 0; i < optionsEnd; i++) {
            String option = arguments.get(i);
            if (CLASS_PATH.contains(option)) {
                i++; // and its value
            } else if (option.startsWith("--class-path=") || option.startsWith("@") || option.equals("-jar")
                    || option.equals("-m") || option.equals("--module") || option.startsWith("--module=")
                    || option.equals("--source") || !option.startsWith("-")) {
                return Optional.empty();
            } else if (takesValue(option)) {
                if (i + 1 >= optionsEnd) {
                    return Optional.empty();
                }
                options.add(option);
                options.add(arguments.get(++i));
            } else {
                options.add(option);
            }
        }
        return Optional.of(options);
    }

    /** The launcher's options that take their value as the next argument (java --help-extra lists them). */
    private static boolean takesValue(String option) {
        return option.equals("-p") || option.equals("--module-path") || option.equals("--upgrade-module-path")
                || option.equals("--add-modules") || option.equals("--limit-modules") || option.equals("--add-reads")
                || option.equals("--add-exports") || option.equals("--add-opens") || option.equals("--patch-module")
                || option.equals("--enable-native-access");
    }
}
