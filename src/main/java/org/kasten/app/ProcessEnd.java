package org.kasten.app;

import java.time.Duration;
import java.util.List;

import org.kasten.search.ModelCalls;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * How Kasten's process ends: never while a thread is inside the embedding model's native code. The JVM's own
 * handling of Ctrl+C, {@code kill} and a closed terminal (SIGINT, SIGTERM, SIGHUP) and a plain {@link System#exit}
 * start the shutdown hooks at once, and ONNX Runtime's hook frees the model's native environment under a thread
 * still using it, which crashes the JVM ({@link ModelCalls}). Here an exit first lets running model calls return
 * (refusing new ones, waiting at most {@link #MODEL_WAIT}), then exits with the code the JVM would have used
 * (128 + the signal's number for a signal). A signal the process was started to ignore (nohup) stays ignored.
 */
public final class ProcessEnd {

    /** The longest an exit waits for a model call: a load takes ~1.7 s on two cores, a batch of texts less. */
    static final Duration MODEL_WAIT = Duration.ofSeconds(10);
    private static final List<String> SIGNALS = List.of("INT", "TERM", "HUP");

    private ProcessEnd() {
    }

    /** Exits with {@code code} once no model call is running (or {@link #MODEL_WAIT} has passed). */
    public static void exit(int code) {
        ModelCalls.closeAndWait(MODEL_WAIT);
        System.exit(code);
    }

    /** Ends the process by {@link #exit} on SIGINT, SIGTERM and SIGHUP, where the JVM lets a program handle them. */
    public static void onSignals() {
        Ending ending = new Ending();
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), ending);
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // not on this system, or kept by the JVM (-Xrs): its own handling stays
            }
        }
    }

    /**
     * The handler: a class rather than a lambda, as on the rest of the launcher's path ({@link BatchJvm}), where
     * a JVM's first lambda costs its start-up the lambda machinery's classes.
     */
    private static final class Ending implements SignalHandler {
        @Override
        public void handle(Signal signal) {
            exit(128 + signal.getNumber());
        }
    }
}
