package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.KastenUrl;
import org.kasten.note.NotePath;
import org.kasten.ui.TestVault;

/** The window's state, driven without a display: same-thread executors, a real workspace on a temp vault. */
class MainViewModelTest {

    static final Executor SAME_THREAD = Runnable::run;

    @TempDir Path dir;
    MainViewModel main;

    @BeforeEach
    void open() throws Exception {
        TestVault.write(dir);
        main = new MainViewModel(Workspace::open, SAME_THREAD, SAME_THREAD);
        main.openVault(dir, null, List.of());
    }

    private PageContent shown() {
        return main.selectedTabProperty().get().getContent();
    }

    @Test
    void openingAVaultShowsTheHomeNoteAndCounts() {
        assertThat(main.errorProperty().get()).isNull();
        assertThat(main.loadingProperty().get()).isFalse();
        assertThat(main.statusProperty().get()).startsWith("4 notes \u00b7 ");
        assertThat(main.tabs()).hasSize(1);
        assertThat(shown().title()).isEqualTo("Home");
        assertThat(shown().outgoing()).extracting(PanelItem::label)
                .containsExactly("Alpha", "Beta", "Ghost Concept");
        assertThat(shown().outgoing()).extracting(PanelItem::ghost).containsExactly(false, false, true);
    }

    @Test
    void aVaultThatDoesNotExistGivesAReasonNotACrash() {
        MainViewModel other = new MainViewModel(Workspace::open, SAME_THREAD, SAME_THREAD);
        other.openVault(dir.resolve("missing"), null, List.of());
        assertThat(other.errorProperty().get()).startsWith("vault not found");
        assertThat(other.failedVaultProperty().get()).isEqualTo(dir.resolve("missing"));
        assertThat(other.loadingProperty().get()).isFalse();
    }

    @Test
    void followingALinkAndGoingBack() {
        assertThat(main.followUrl(KastenUrl.note(NotePath.of("Alpha.md"), null), false)).isTrue();
        assertThat(shown().title()).isEqualTo("Alpha");
        assertThat(shown().aliases()).containsExactly("First Letter");
        assertThat(shown().tags()).contains("greek/letter");
        main.back();
        assertThat(shown().title()).isEqualTo("Home");
        main.forward();
        assertThat(shown().title()).isEqualTo("Alpha");
        assertThat(main.recentNotes()).startsWith(NotePath.of("Alpha.md"), NotePath.of("Home.md"));
    }

    @Test
    void backlinksAreGroupedBySourceWithReadableContext() {
        main.navigate(Location.note(NotePath.of("Alpha.md")));
        assertThat(shown().backlinks()).extracting(PanelItem::label).containsExactly("Home");
        assertThat(shown().backlinks().get(0).detail()).contains("See Alpha and the second");
        assertThat(shown().outline()).extracting(h -> h.text()).containsExactly("Alpha", "Details");
    }

    @Test
    void aGhostOpensAsAPageListingWhoLinksToIt() {
        main.followUrl(KastenUrl.ghost("Ghost Concept"), false);
        PageContent page = shown();
        assertThat(page.location().isGhost()).isTrue();
        assertThat(page.title()).isEqualTo("Ghost Concept");
        assertThat(page.backlinks()).extracting(PanelItem::label).containsExactly("Beta", "Home");
        assertThat(page.html()).contains("kasten://note/Home.md").contains("kasten://note/Concepts/Beta.md");
    }

    @Test
    void ctrlClickOpensANewTab() {
        main.followUrl(KastenUrl.note(NotePath.of("Concepts/Beta.md"), null), true);
        assertThat(main.tabs()).hasSize(2);
        assertThat(shown().title()).isEqualTo("Beta");
        main.closeTab(main.selectedTabProperty().get());
        assertThat(main.tabs()).hasSize(1);
        assertThat(shown().title()).isEqualTo("Home");
    }

    @Test
    void webLinksGoToTheSystemBrowserAndTagsToSearch() {
        List<String> opened = new ArrayList<>();
        main.setExternalOpener(opened::add);
        assertThat(main.followUrl("https://example.org/", false)).isTrue();
        assertThat(opened).containsExactly("https://example.org/");
        main.followUrl(KastenUrl.tag("greek"), false);
        assertThat(main.search().hits()).extracting(h -> h.title()).containsExactly("Alpha");
        assertThat(shown().title()).isEqualTo("Home");
    }

    @Test
    void aNoteAskedForByAliasIsShownFirst() {
        MainViewModel other = new MainViewModel(Workspace::open, SAME_THREAD, SAME_THREAD);
        other.openVault(dir, "First Letter", List.of());
        assertThat(other.selectedTabProperty().get().getContent().title()).isEqualTo("Alpha");
    }

    @Test
    void rememberedTabsAreRestoredWhenTheyStillExist() {
        MainViewModel other = new MainViewModel(Workspace::open, SAME_THREAD, SAME_THREAD);
        other.openVault(dir, null, List.of(NotePath.of("Concepts/Beta.md"), NotePath.of("Gone.md"), NotePath.of("Alpha.md")));
        assertThat(other.tabs()).extracting(t -> t.getContent().title()).containsExactly("Beta", "Alpha");
        assertThat(other.selectedTabProperty().get().getContent().title()).isEqualTo("Beta");
    }

    @Test
    void randomNoteNeverPicksTheShownOne() {
        for (int seed = 0; seed < 20; seed++) {
            main.navigate(Location.note(NotePath.of("Home.md")));
            main.randomNote(new Random(seed));
            assertThat(shown().title()).isNotEqualTo("Home");
        }
    }

    @Test
    void previewShowsTitleAndStartOfText() {
        PanelItem preview = main.preview(KastenUrl.note(NotePath.of("Notes/Zebra facts.md"), null)).orElseThrow();
        assertThat(preview.label()).isEqualTo("Zebra facts");
        assertThat(preview.detail()).contains("Zebras are striped.");
        assertThat(main.preview(KastenUrl.ghost("Ghost Concept")).orElseThrow().detail())
                .isEqualTo("No note yet \u00b7 linked from 2 notes");
        assertThat(main.preview("kasten://note/nothing.md")).isEmpty();
    }

    @Test
    void reloadPicksUpAnEditKeepingThePlace() throws Exception {
        main.navigate(Location.note(NotePath.of("Alpha.md")));
        TestVault.file(dir, "Alpha.md", "# Alpha renamed\n\nNow about [[Beta]].\n");
        main.reload();
        assertThat(shown().title()).isEqualTo("Alpha renamed");
        assertThat(shown().outgoing()).extracting(PanelItem::label).containsExactly("Beta");
        assertThat(main.selectedTabProperty().get().history().canGoBackProperty().get()).isTrue();
    }

    /** {@code graph} as if only its first two notes were read. */
    private static org.kasten.note.NoteGraph firstTwo(org.kasten.note.NoteGraph graph) {
        return (org.kasten.note.NoteGraph) java.lang.reflect.Proxy.newProxyInstance(MainViewModelTest.class.getClassLoader(),
                new Class<?>[] {org.kasten.note.NoteGraph.class}, (proxy, method, args) ->
                        method.getName().equals("notes") ? graph.notes().subList(0, 2) : method.invoke(graph, args));
    }

    @Test
    void aVaultStillBeingReadIsShownAgainWhenEveryNoteIsRead() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean loaded = new java.util.concurrent.atomic.AtomicBoolean();
        List<Runnable> whenLoaded = new ArrayList<>();
        WorkspaceOpener partly = (folder, progress) -> {
            Workspace real = Workspace.open(folder, progress);
            return (Workspace) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Workspace.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "isLoaded" -> loaded.get();
                        case "whenLoaded" -> whenLoaded.add((Runnable) args[0]);
                        case "graph" -> loaded.get() ? real.graph() : firstTwo(real.graph()); // the others unread
                        default -> method.invoke(real, args);
                    });
        };
        MainViewModel partial = new MainViewModel(partly, SAME_THREAD, SAME_THREAD);
        partial.openVault(dir, "Alpha", List.of());
        assertThat(partial.statusProperty().get()).startsWith("2 notes");
        assertThat(partial.loadingProperty().get()).as("still reading").isTrue();
        assertThat(whenLoaded).hasSize(1);

        loaded.set(true);
        whenLoaded.get(0).run();
        assertThat(partial.statusProperty().get()).startsWith("4 notes");
        assertThat(partial.loadingProperty().get()).isFalse();
        assertThat(partial.selectedTabProperty().get().getContent().title()).isEqualTo("Alpha");
    }

    @Test
    void indexingWaitsForTheFirstPageWhenTheWindowAsksSo() {
        MainViewModel held = new MainViewModel(Workspace::open, SAME_THREAD, SAME_THREAD);
        held.holdIndexingUntilFirstPage();
        held.openVault(dir, null, List.of());
        Workspace ws = held.workspaceProperty().get();
        assertThat(held.selectedTabProperty().get().getContent().title()).isEqualTo("Home");
        assertThat(ws.indexReady()).as("no index started before the first page is shown").isFalse();

        held.firstPageShown();
        assertThat(ws.indexReady()).isTrue();
        assertThat(held.indexingProperty().get()).isFalse();
    }

    @Test
    void theFolderWatcherIsStartedOffTheWindowsThread() {
        // registering every folder of a large vault blocked the FX thread for seconds (WindowScaleBenchmark)
        boolean[] inUi = {false};
        List<Boolean> watchCalledOnUi = new ArrayList<>();
        Executor ui = r -> {
            inUi[0] = true;
            try {
                r.run();
            } finally {
                inUi[0] = false;
            }
        };
        List<Runnable> queued = new ArrayList<>();
        WorkspaceOpener recording = (folder, progress) -> {
            Workspace real = Workspace.open(folder, progress);
            return (Workspace) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Workspace.class}, (proxy, method, args) -> {
                        if (method.getName().equals("watch")) {
                            watchCalledOnUi.add(inUi[0]);
                        }
                        return method.invoke(real, args);
                    });
        };
        MainViewModel watched = new MainViewModel(recording, queued::add, ui);
        watched.setWatching(true);
        watched.openVault(dir, null, List.of());
        while (!queued.isEmpty()) {
            queued.remove(0).run();
        }
        assertThat(watched.selectedTabProperty().get().getContent().title()).isEqualTo("Home");
        assertThat(watchCalledOnUi).containsExactly(false);
        watched.stopWatching();
        watched.workspaceProperty().get().close();
    }

    @Test
    void theWaitForTheIndexRunsApartFromTheWorkersThePagesNeed() throws Exception {
        // it waits for the whole build: on a worker, the pages had one worker left, and the slow panels took it
        List<Runnable> workers = new ArrayList<>();
        List<Runnable> waits = new ArrayList<>();
        MainViewModel opened = new MainViewModel(Workspace::open, workers::add, SAME_THREAD,
                org.kasten.app.StartupTimer.OFF, waits::add);
        opened.openVault(dir, null, List.of());
        while (!workers.isEmpty()) {
            workers.remove(0).run();
        }

        assertThat(waits).as("the index's wait, given apart").hasSize(1);
        assertThat(opened.indexingProperty().get()).isTrue();
        waits.remove(0).run();
        while (!workers.isEmpty()) {
            workers.remove(0).run();
        }
        assertThat(opened.indexingProperty().get()).isFalse();
        assertThat(opened.selectedTabProperty().get().getContent().title()).isEqualTo("Home");
        opened.workspaceProperty().get().close();
    }

    @Test
    void aNoteChangedOnDiskIsShownBeforeTheFilesAndTagsOfTheVaultAreMadeAndTheyBeforeItsSlowPanels() throws Exception {
        // at 100,000 notes the trees took seconds to make and publish, and the page waited behind them
        java.util.Queue<Runnable> background = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.BlockingQueue<Runnable> ui = new java.util.concurrent.LinkedBlockingQueue<>();
        WorkspaceOpener changesOnly = (folder, progress) -> { // told of applied changes alone, not of notes just read
            Workspace real = Workspace.open(folder, progress);
            return (Workspace) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Workspace.class}, (proxy, method, args) -> method.getName().equals("watch")
                            ? method.getDeclaringClass().getMethod("watch", java.util.function.Consumer.class)
                                    .invoke(real, args[0])
                            : method.invoke(real, args));
        };
        MainViewModel watched = new MainViewModel(changesOnly, background::add, ui::add);
        watched.holdIndexingUntilFirstPage(); // no index built meanwhile: the window's thread hears of the change alone
        watched.setWatching(true);
        watched.openVault(dir, null, List.of());
        while (!background.isEmpty() || !ui.isEmpty()) {
            for (Runnable r = background.poll(); r != null; r = background.poll()) {
                r.run();
            }
            for (Runnable r = ui.poll(); r != null; r = ui.poll()) {
                r.run();
            }
        }
        assertThat(watched.selectedTabProperty().get().getContent().html()).contains("Welcome");
        String status = watched.statusProperty().get();

        // replaced in one step, as an editor saves: written in place, the truncation and the write can reach the
        // watcher as two batches on a loaded machine (more than its 150 ms apart), and the tasks below come twice
        Path replacement = Files.writeString(dir.resolveSibling(dir.getFileName() + "-Home.md"),
                "# Home\n\nRewritten elsewhere. See [[Alpha]].\n");
        Files.move(replacement, dir.resolve("Home.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        // the watcher's batch, applied, hands the window's workers their first task; a task of the open that reached
        // the window's thread late (a loaded machine) is run on the way
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (background.isEmpty()) {
            Runnable news = ui.poll(Math.max(0, until - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
            assertThat(news).as("the change on disk was reported").isNotNull();
            news.run();
        }
        background.poll().run(); // one task of the window's workers, then what it handed to the window's thread
        for (Runnable r = ui.poll(); r != null; r = ui.poll()) {
            r.run();
        }
        TabViewModel tab = watched.selectedTabProperty().get();
        assertThat(tab.getContent().html()).contains("Rewritten elsewhere");
        assertThat(watched.statusProperty().get()).as("the vault's counts not published yet").isEqualTo(status);
        assertThat(tab.busyProperty().get()).as("the slow panels not made yet").isTrue();

        background.poll().run(); // the trees and counts, before the slow panels (at 100,000 notes, mentions)
        for (Runnable r = ui.poll(); r != null; r = ui.poll()) {
            r.run();
        }
        assertThat(watched.statusProperty().get()).isNotEqualTo(status); // three links fewer
        assertThat(tab.busyProperty().get()).isTrue();
        background.poll().run();
        for (Runnable r = ui.poll(); r != null; r = ui.poll()) {
            r.run();
        }
        assertThat(tab.busyProperty().get()).isFalse();
        watched.stopWatching();
        watched.workspaceProperty().get().close();
    }

    @Test
    void theNoteShownFirstIsLookedForOffTheWindowsThread() {
        // the home note is searched for among every note: 100,000 of them in a large vault (WindowScaleBenchmark)
        boolean[] inUi = {false};
        List<Boolean> notesListedOnUi = new ArrayList<>();
        Executor ui = r -> {
            boolean outer = inUi[0]; // tasks run within tasks here (same-thread executors)
            inUi[0] = true;
            try {
                r.run();
            } finally {
                inUi[0] = outer;
            }
        };
        WorkspaceOpener recording = (folder, progress) -> {
            Workspace real = Workspace.open(folder, progress);
            Object graph = java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {org.kasten.note.NoteGraph.class}, (proxy, method, args) -> {
                        if (method.getName().equals("notes")) {
                            notesListedOnUi.add(inUi[0]);
                        }
                        return method.invoke(real.graph(), args);
                    });
            return (Workspace) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Workspace.class}, (proxy, method, args) ->
                            method.getName().equals("graph") ? graph : method.invoke(real, args));
        };
        MainViewModel opened = new MainViewModel(recording, SAME_THREAD, ui);
        opened.openVault(dir, null, List.of());
        assertThat(opened.selectedTabProperty().get().getContent().title()).isEqualTo("Home");
        assertThat(notesListedOnUi).isNotEmpty().doesNotContain(true);
    }
}
