package org.kasten.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.Workspace;
import org.kasten.note.Progress;
import org.kasten.ui.view.SearchPane;
import org.kasten.ui.viewmodel.SearchViewModel;

/**
 * How long the FX thread is busy per keystroke in the search panel on a 10,000-note vault: the keystroke
 * itself (text change, debounce restart, CSS and layout) and each result publication (list update, CSS and
 * layout of the cells; those that changed the hit list are also reported apart, as an answer equal to the
 * one shown, or a stale one, costs next to nothing), in wall time and in the FX thread's CPU time. Seven
 * queries typed three times at one key per 80 ms. Run:
 * {@code ./mvnw -o -Pbenchmark verify -Dtest=SearchKeystrokeBenchmark}. Prints figures; asserts nothing.
 */
@Tag("benchmark")
class SearchKeystrokeBenchmark {

    @Test
    void fxThreadTimePerKeystroke() throws Exception {
        Workspace ws = Workspace.open(VaultGenerator.vaultWith(10_000), Progress.NONE);
        ws.awaitIndex();
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up
        }
        List<Long> keys = Collections.synchronizedList(new ArrayList<>());
        List<Long> keysCpu = Collections.synchronizedList(new ArrayList<>());
        List<Long> publishes = Collections.synchronizedList(new ArrayList<>());
        List<Long> updatesOnly = Collections.synchronizedList(new ArrayList<>());
        List<Long> cssOnly = Collections.synchronizedList(new ArrayList<>());
        List<Long> changing = Collections.synchronizedList(new ArrayList<>());
        List<Long> changingCpu = Collections.synchronizedList(new ArrayList<>());
        List<String> changingStages = Collections.synchronizedList(new ArrayList<>());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean[] listChanged = {false};
        Scene[] scene = new Scene[1];
        ExecutorService background = Executors.newFixedThreadPool(2);
        SearchViewModel model = new SearchViewModel(() -> ws, background, r -> Platform.runLater(() -> {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            listChanged[0] = false;
            r.run();
            long updated = System.nanoTime();
            long cpuUpdated = threads.getCurrentThreadCpuTime();
            updatesOnly.add(updated - start);
            scene[0].getRoot().applyCss();
            long cpuStyled = threads.getCurrentThreadCpuTime();
            cssOnly.add(System.nanoTime() - updated);
            scene[0].getRoot().layout();
            publishes.add(System.nanoTime() - start);
            if (listChanged[0]) {
                long cpuEnd = threads.getCurrentThreadCpuTime();
                changing.add(System.nanoTime() - start);
                changingCpu.add(cpuEnd - cpuStart);
                changingStages.add(String.format("%.1f/%.1f/%.1f", (cpuUpdated - cpuStart) / 1e6, (cpuStyled - cpuUpdated) / 1e6,
                        (cpuEnd - cpuStyled) / 1e6));
            }
        }));
        model.hits().addListener((javafx.collections.ListChangeListener<Object>) c -> listChanged[0] = true);
        FxBench.onFx(() -> {
            SearchPane pane = new SearchPane(model, (l, t) -> { });
            scene[0] = new Scene(pane, 360, 760);
            scene[0].getStylesheets().add(SearchPane.class.getResource("kasten.css").toExternalForm());
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            return null;
        });
        List<String> queries = List.of("research", "scaling laws", "age of resea", "ilya sutskever", "value function",
                "obsidian sync", "tag:concept");
        for (int pass = 0; pass < 3; pass++) for (String query : queries) {
            for (int i = 1; i <= query.length(); i++) {
                String typed = query.substring(0, i);
                keys.add(FxBench.onFx(() -> {
                    long start = System.nanoTime();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    model.queryProperty().set(typed);
                    scene[0].getRoot().applyCss();
                    scene[0].getRoot().layout();
                    keysCpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
                    return System.nanoTime() - start;
                }));
                Thread.sleep(80);
            }
            Thread.sleep(700);
        }
        background.shutdownNow();
        ws.close();
        System.out.printf("search keystrokes on 10,000 notes: %d keys, FX thread per key median %.2f ms, max %.2f ms;"
                + " %d result updates, median %.2f ms, max %.2f ms%n", keys.size(), FxBench.millisAt(keys, 0.5), FxBench.millisAt(keys, 1),
                publishes.size(), FxBench.millisAt(publishes, 0.5), FxBench.millisAt(publishes, 1));
        System.out.printf("  per key, FX thread CPU time: median %.2f ms, max %.2f ms%n", FxBench.millisAt(keysCpu, 0.5), FxBench.millisAt(keysCpu, 1));
        System.out.printf("  of which the list and facet update alone: median %.2f ms, max %.2f ms (the rest is CSS and layout)%n",
                FxBench.millisAt(updatesOnly, 0.5), FxBench.millisAt(updatesOnly, 1));
        System.out.printf("  CSS alone: median %.2f ms, max %.2f ms%n", FxBench.millisAt(cssOnly, 0.5), FxBench.millisAt(cssOnly, 1));
        System.out.printf("  updates that changed the hit list: %d, median %.2f ms, max %.2f ms; without the first: max %.2f ms%n",
                changing.size(), FxBench.millisAt(changing, 0.5), FxBench.millisAt(changing, 1), FxBench.millisAt(changing.subList(Math.min(1, changing.size()), changing.size()), 1));
        System.out.printf("  the same, FX thread CPU time (less disturbed by other processes): median %.2f ms, 90th percentile %.2f ms,"
                + " max %.2f ms, max without the first %.2f ms%n", FxBench.millisAt(changingCpu, 0.5), FxBench.millisAt(changingCpu, 0.9), FxBench.millisAt(changingCpu, 1),
                FxBench.millisAt(changingCpu.subList(Math.min(1, changingCpu.size()), changingCpu.size()), 1));
        System.out.println("  FX thread CPU per changing update, in order (ms): "
                + changingCpu.stream().map(n -> String.format("%.1f", n / 1e6)).toList());
        System.out.println("  the same split into update/CSS/layout (ms CPU), in order: " + changingStages);
    }




}
