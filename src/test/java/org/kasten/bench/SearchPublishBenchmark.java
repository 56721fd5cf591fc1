package org.kasten.bench;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.app.Workspace;
import org.kasten.note.NotePath;
import org.kasten.note.SearchHit;
import org.kasten.note.SearchResults;
import org.kasten.ui.view.SearchPane;
import org.kasten.ui.viewmodel.SearchViewModel;

/**
 * FX-thread CPU time to show one search answer in the search panel (list and chip update, CSS and layout),
 * without the search itself: 400 different synthetic answers (200 hits with highlighted snippets, facet
 * counts) published one after the other; the first 40 warm the JIT and are not counted. CPU time, not wall
 * time, so other processes on the machine disturb it little. Run:
 * {@code ./mvnw -o -Pbenchmark verify -Dtest=SearchPublishBenchmark}. Prints figures; asserts nothing.
 */
@Tag("benchmark")
class SearchPublishBenchmark {

    private static final int WARM_UP = 40;
    private static final int ANSWERS = 400;

    @Test
    void fxThreadCpuPerAnswer() throws Exception {
        Random rnd = new Random(1);
        String[] words = "the of research scaling laws value function model data age ilya sutskever obsidian sync note link graph".split(" ");
        List<SearchResults> answers = new ArrayList<>();
        for (int a = 0; a < 40; a++) { // 40 answers, shown in turn
            List<SearchHit> hits = new ArrayList<>();
            for (int h = 0; h < 200; h++) {
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 40; w++) {
                    String word = words[rnd.nextInt(words.length)];
                    sb.append(rnd.nextInt(8) == 0 ? "<mark>" + word + "</mark>" : word).append(' ');
                }
                hits.add(new SearchHit(NotePath.of("Folder " + rnd.nextInt(9) + "/Note " + a + "-" + h + ".md"), "Note title " + a + " " + h, 1, sb.toString()));
            }
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            facets.put("tag", Map.of("concept", (long) rnd.nextInt(90), "person", 5L, "idea/" + rnd.nextInt(5), 3L));
            facets.put("folder", Map.of("Folder " + (3 + rnd.nextInt(6)), 40L, "Folder 2", 10L));
            facets.put("status", Map.of("draft", (long) rnd.nextInt(50), "done", 7L));
            answers.add(new SearchResults("q", null, 200, hits, facets, 1000));
        }
        int[] which = {0};
        Workspace ws = (Workspace) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Workspace.class},
                (p, m, args) -> m.getName().equals("search") ? answers.get(which[0] % answers.size())
                        : m.getName().equals("searchHybrid")
                        ? new org.kasten.app.SearchAnswer(answers.get(which[0] % answers.size()), "lexical") : null);
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit is up
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Scene[] scene = new Scene[1];
        SearchViewModel[] model = new SearchViewModel[1];
        FxBench.onFx(() -> {
            model[0] = new SearchViewModel(() -> ws, Runnable::run, Runnable::run);
            SearchPane pane = new SearchPane(model[0], (l, t) -> { });
            scene[0] = new Scene(pane, 360, 760);
            scene[0].getStylesheets().add(SearchPane.class.getResource("kasten.css").toExternalForm());
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            return null;
        });
        List<Long> cpu = new ArrayList<>();
        List<Long> up = new ArrayList<>();
        List<Long> css = new ArrayList<>();
        for (int i = 0; i < ANSWERS; i++) {
            int k = i;
            long[] t = FxBench.onFx(() -> {
                long c0 = threads.getCurrentThreadCpuTime();
                which[0] = k;
                model[0].queryProperty().set("q" + k);
                model[0].run();
                long c1 = threads.getCurrentThreadCpuTime();
                scene[0].getRoot().applyCss();
                long c2 = threads.getCurrentThreadCpuTime();
                scene[0].getRoot().layout();
                long c3 = threads.getCurrentThreadCpuTime();
                return new long[] {c3 - c0, c1 - c0, c2 - c1};
            });
            if (i >= WARM_UP) {
                cpu.add(t[0]);
                up.add(t[1]);
                css.add(t[2]);
            }
            Thread.sleep(5);
        }
        System.out.printf("search answers shown: %d, FX thread CPU per answer median %.2f ms, 90th percentile %.2f ms,"
                + " max %.2f ms; of which list and chip update median %.2f ms, CSS median %.2f ms (the rest is layout)%n",
                cpu.size(), FxBench.millisAt(cpu, 0.5), FxBench.millisAt(cpu, 0.9), FxBench.millisAt(cpu, 1), FxBench.millisAt(up, 0.5), FxBench.millisAt(css, 0.5));
    }


}
