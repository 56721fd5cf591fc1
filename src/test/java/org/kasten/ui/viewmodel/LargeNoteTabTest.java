package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.StartupTimer;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.ui.TestVault;

/**
 * A large note in a tab: its page is rendered on the background executor, never on the UI thread, and what
 * reaches the tab (and so WebKit) is the bounded plain-text page with the "large note" notice.
 */
class LargeNoteTabTest {

    @TempDir Path dir;
    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-fx"));
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "background"));

    @AfterEach
    void stop() {
        fx.shutdownNow();
        background.shutdownNow();
    }

    @Test
    void aLargeNoteIsRenderedOffTheUiThreadAndShownBoundedUnderANotice() throws Exception {
        String paragraph = "A line of an enormous note, with [[Alpha]] and *emphasis* in it.\n\n";
        TestVault.file(TestVault.write(dir), "Big.md", "# Big\n\n" + paragraph.repeat(3_000_000 / paragraph.length()));
        Workspace real = Workspace.open(dir, Progress.NONE);
        Set<String> renderThreads = ConcurrentHashMap.newKeySet();
        Workspace watched = (Workspace) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Workspace.class}, (proxy, method, args) -> {
                    if (method.getName().startsWith("render")) {
                        renderThreads.add(Thread.currentThread().getName());
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        TabViewModel tab = new TabViewModel(() -> watched, background, fx, StartupTimer.OFF);
        fx.submit(() -> tab.open(Location.note(NotePath.of("Big.md")))).get();
        PageContent page = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            while (true) {
                PageContent shown = fx.submit(tab::getContent).get();
                if (shown != null && !fx.submit(() -> tab.busyProperty().get()).get()) {
                    return shown;
                }
                Thread.sleep(50);
            }
        });
        assertThat(renderThreads).containsExactly("background");
        assertThat(page.html()).contains("class=\"large-note-notice\"").contains("Large note.")
                .doesNotContain("<em>emphasis</em>");
        assertThat(page.html().length()).isLessThan(1_500_000); // of a 3,000,000-char note
    }
}
