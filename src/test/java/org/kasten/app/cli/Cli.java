package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command line run inside the test's JVM as {@code kasten} runs it ({@link KastenCommand#run}), keeping
 * what the last run printed on each stream.
 */
final class Cli {

    private String out = "";
    private String err = "";

    /** Runs {@code kasten args…}; returns the exit code. */
    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = KastenCommand.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** Runs {@code kasten args…}, which must succeed; returns what it printed on stdout. */
    String succeed(String... args) {
        assertThat(run(args)).as("exit code of %s (stderr: %s)", List.of(args), err).isZero();
        return out;
    }

    /** What the last run printed on stdout. */
    String out() {
        return out;
    }

    /** What the last run printed on stdout, read as one JSON document. */
    JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out);
    }

    /** What the last run printed on stderr. */
    String err() {
        return err;
    }
}
