package org.kasten.search;

import org.kasten.app.ProcessEnd;

/**
 * A process that loads the model and embeds with it over and over on a daemon thread (as the vectors' builder
 * does), printing {@code loaded} after each load: {@code ModelExitTest} ends it while a load is running. Arguments:
 * {@code signals} installs Kasten's signal handling ({@link ProcessEnd#onSignals}), {@code exit-after MS} also
 * exits by {@link ProcessEnd#exit} that long after the first load, {@code plain} neither (the JVM's own handling).
 */
public final class ModelLoadLoop {

    private ModelLoadLoop() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (!args[0].equals("plain")) {
            ProcessEnd.onSignals();
        }
        Object first = new Object();
        boolean[] loaded = {false};
        Thread loop = new Thread(() -> {
            try {
                while (true) {
                    Embedder model = MiniLmEmbedder.load(MiniLmEmbedder.MINILM, 1);
                    model.embed("a passage about notes, links and the graph between them");
                    synchronized (first) {
                        loaded[0] = true;
                        first.notifyAll();
                    }
                    System.out.println("loaded");
                    System.out.flush();
                }
            } catch (ModelCalls.EndingException e) {
                // the process is ending: the next load was refused
            } catch (Throwable e) { // the model cannot load here: say so and end, so the test fails rather than waits
                System.out.println("failed: " + e);
                System.out.flush();
                Runtime.getRuntime().halt(3);
            }
        }, "model-loop");
        loop.setDaemon(true);
        loop.start();
        synchronized (first) {
            while (!loaded[0]) {
                first.wait();
            }
        }
        if (args[0].equals("exit-after")) {
            Thread.sleep(Long.parseLong(args[1]));
            ProcessEnd.exit(0);
        }
        Thread.sleep(120_000);
    }
}
