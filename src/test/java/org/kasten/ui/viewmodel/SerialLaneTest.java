package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.StartupTimer;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.ui.TestVault;

/** Slow panels run one at a time for all tabs, so a page asked meanwhile is never queued behind two of them. */
class SerialLaneTest {

    @TempDir Path dir;

    @Test
    void tasksRunInOrderEachHandedOnWhenTheOneBeforeEnds() {
        Deque<Runnable> workers = new ArrayDeque<>();
        SerialLane lane = new SerialLane(workers::add);
        List<String> ran = new ArrayList<>();

        lane.execute(() -> ran.add("one"));
        lane.execute(() -> ran.add("two"));
        lane.execute(() -> {
            throw new IllegalStateException("three fails");
        });
        lane.execute(() -> ran.add("four"));

        assertThat(workers).hasSize(1);
        workers.add(() -> ran.add("other work")); // queued on the workers while "one" waits
        workers.poll().run();
        assertThat(ran).containsExactly("one");
        assertThat(workers).hasSize(2); // "two" is handed on behind the other work
        workers.poll().run();
        workers.poll().run();
        assertThat(ran).containsExactly("one", "other work", "two");
        assertThatThrownBy(() -> workers.poll().run()).hasMessage("three fails");
        workers.poll().run();
        assertThat(ran).containsExactly("one", "other work", "two", "four");
        assertThat(workers).isEmpty();

        lane.execute(() -> ran.add("five")); // an idle lane hands a new task on at once
        assertThat(workers).hasSize(1);
    }

    @Test
    void workersThatRefuseWhileShuttingDownDropWhatWaitsWithoutFailingTheTaskThatRan() throws Exception {
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newSingleThreadExecutor();
        SerialLane lane = new SerialLane(workers);
        java.util.concurrent.CountDownLatch inFirst = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<Throwable> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        lane.execute(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failed.add(e));
            inFirst.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ran.add("first");
        });
        lane.execute(() -> ran.add("second"));
        inFirst.await();
        workers.shutdown(); // the window closes while the first runs
        release.countDown();
        assertThat(workers.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(ran).containsExactly("first");
        assertThat(failed).isEmpty();
        lane.execute(() -> ran.add("third")); // refused at once: dropped, no exception to the caller
        assertThat(ran).containsExactly("first");
    }

    @Test
    void onASameThreadExecutorATaskGivenFromATaskRunsAfterIt() {
        List<String> ran = new ArrayList<>();
        SerialLane lane = new SerialLane(Runnable::run);

        lane.execute(() -> {
            lane.execute(() -> ran.add("inner"));
            ran.add("outer");
        });

        assertThat(ran).containsExactly("outer", "inner");
    }

    @Test
    void theSlowPanelsOfTwoTabsHoldOneWorkerAndAPageAskedMeanwhileIsNotBehindThem() throws Exception {
        TestVault.write(dir);
        Workspace workspace = Workspace.open(dir, Progress.NONE);
        Deque<Runnable> workers = new ArrayDeque<>();
        Tabs tabs = new Tabs(() -> workspace, workers::add, Runnable::run, StartupTimer.OFF);
        TabViewModel home = tabs.openInNewTab(Location.note(NotePath.of("Home.md")));
        TabViewModel alpha = tabs.openInNewTab(Location.note(NotePath.of("Alpha.md")));
        assertThat(workers).hasSize(2); // the two pages

        workers.poll().run();
        workers.poll().run(); // both pages built; each hands on its panels

        assertThat(workers).as("only one tab's panels are with the workers").hasSize(1);
        alpha.refresh(); // as after an edit on disk
        assertThat(workers).as("the page asked meanwhile has a worker of its own").hasSize(2);

        while (!workers.isEmpty()) {
            workers.poll().run();
        }
        assertThat(home.busyProperty().get()).isFalse();
        assertThat(alpha.busyProperty().get()).isFalse();
        assertThat(home.getContent().html()).contains("Home");
        assertThat(alpha.getContent().html()).contains("Alpha");
        workspace.close();
    }

    @Test
    void theShownTabsPanelsAreRefreshedFirstAndAClosedTabsQueuedWorkIsDropped() throws Exception {
        TestVault.write(dir);
        Workspace real = Workspace.open(dir, Progress.NONE);
        List<String> mentionsAsked = new java.util.concurrent.CopyOnWriteArrayList<>();
        Workspace workspace = recordingMentions(real, mentionsAsked);
        Deque<Runnable> workers = new ArrayDeque<>();
        Tabs tabs = new Tabs(() -> workspace, workers::add, Runnable::run, StartupTimer.OFF);
        TabViewModel home = tabs.openInNewTab(Location.note(NotePath.of("Home.md")));
        TabViewModel alpha = tabs.openInNewTab(Location.note(NotePath.of("Alpha.md")));
        TabViewModel beta = tabs.openInNewTab(Location.note(NotePath.of("Concepts/Beta.md")));
        tabs.selectedProperty().set(alpha);
        while (!workers.isEmpty()) {
            workers.poll().run();
        }
        mentionsAsked.clear();

        tabs.refreshPanels(); // the index became ready
        tabs.closeTab(beta);
        while (!workers.isEmpty()) {
            workers.poll().run();
        }

        assertThat(mentionsAsked).as("the shown tab first; the closed tab's turn dropped")
                .containsExactly("Alpha.md", "Home.md");
        assertThat(home.busyProperty().get()).isFalse();
        real.close();
    }

    /**
     * The index became ready just after the reader followed a link, before the new page was made: the panels
     * refreshed for the page still shown must not put that page back (LocalGraphJourneyTest's lost navigations).
     */
    @Test
    void panelsRefreshedWhileAnotherPageIsOnItsWayDoNotPutTheOldPageBack() throws Exception {
        TestVault.write(dir);
        Workspace workspace = Workspace.open(dir, Progress.NONE);
        Deque<Runnable> workers = new ArrayDeque<>();
        Tabs tabs = new Tabs(() -> workspace, workers::add, Runnable::run, StartupTimer.OFF);
        TabViewModel tab = tabs.openInNewTab(Location.note(NotePath.of("Home.md")));
        while (!workers.isEmpty()) {
            workers.poll().run();
        }
        assertThat(tab.getContent().title()).isEqualTo("Home");

        List<String> shown = new java.util.ArrayList<>();
        tab.contentProperty().addListener((obs, old, page) -> shown.add(page.title()));
        tabs.navigate(Location.note(NotePath.of("Alpha.md"))); // its page is made on a worker, not yet
        tabs.refreshPanels(); // the index became ready meanwhile
        while (!workers.isEmpty()) {
            workers.poll().run();
        }
        assertThat(shown).as("never the old page once the new one is asked for").isNotEmpty().containsOnly("Alpha");
        assertThat(tab.getContent().title()).isEqualTo("Alpha");
        assertThat(tab.busyProperty().get()).isFalse();
        workspace.close();
    }

    /** {@code real}, with every unlinked-mentions question of its graph recorded (the slow panels ask one). */
    private static Workspace recordingMentions(Workspace real, List<String> asked) {
        java.lang.reflect.InvocationHandler graphs = (proxy, method, args) -> {
            Object graph = invoke(real, method, args);
            if (!method.getName().equals("graph")) {
                return graph;
            }
            return java.lang.reflect.Proxy.newProxyInstance(SerialLaneTest.class.getClassLoader(),
                    new Class<?>[] {org.kasten.note.NoteGraph.class}, (p, m, a) -> {
                        if (m.getName().equals("unlinkedMentions")) {
                            asked.add(((NotePath) a[0]).value());
                        }
                        return invoke(graph, m, a);
                    });
        };
        return (Workspace) java.lang.reflect.Proxy.newProxyInstance(SerialLaneTest.class.getClassLoader(),
                new Class<?>[] {Workspace.class}, graphs);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
