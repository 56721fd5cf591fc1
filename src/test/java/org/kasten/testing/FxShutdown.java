package org.kasten.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends the JavaFX platform when the test run is over, before the test JVM exits. Left running, WebKit's
 * threads could still be working while the JVM ran its exit, and the JVM then sometimes died of SIGABRT after
 * every test had passed (2 runs in 6 of one WebView test class alone), which fails the build. Registered in
 * {@code META-INF/services}; does nothing when no test started JavaFX.
 */
public final class FxShutdown implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        CountDownLatch idle = new CountDownLatch(1);
        try {
            Platform.runLater(idle::countDown); // throws when JavaFX was never started
        } catch (IllegalStateException notStarted) {
            return;
        }
        try {
            idle.await(10, TimeUnit.SECONDS); // work queued by the last tests is done
            Platform.exit();
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                String name = thread.getName();
                if (name.equals("JavaFX Application Thread") || name.equals("Event Thread") || name.startsWith("QuantumRenderer")) {
                    thread.join(5_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
