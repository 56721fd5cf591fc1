package org.kasten.ui.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.kasten.note.NotePath;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.Location;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The local graph in the real window's sidebar: a hub with twenty neighbours of long names has its neighbours
 * named where there is room, no two names overlapping, and the compact filter menu narrows it.
 */
class LocalGraphJourneyTest extends WindowTestBase {

    @Override
    void extraFiles(Path vault) throws Exception {
        StringBuilder hub = new StringBuilder("# Hub\n\n");
        for (int i = 0; i < 20; i++) {
            String name = String.format("Neighbour %02d with a rather long title", i);
            hub.append("- [[").append(name).append("]]\n");
            TestVault.file(vault, "Spokes/" + name + ".md", "# " + name + "\n\n" + (i % 2 == 0 ? "#even\n" : "text\n"));
        }
        hub.append("\n![[dot.png]] and [the paper](docs/paper.pdf)\n");
        TestVault.file(vault, "Hub.md", hub.toString());
        java.awt.image.BufferedImage dot = new java.awt.image.BufferedImage(8, 6, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(vault.resolve("img"));
        javax.imageio.ImageIO.write(dot, "png", vault.resolve("img/dot.png").toFile());
        TestVault.file(vault, "docs/paper.pdf", "%PDF-1.4");
        org.kasten.testing.Folders.copyTree(Path.of("notes"), vault.resolve("bundled")); // the notes Kasten ships
    }

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    void everyNeighbourIsNamedAndTheFilterMenuNarrowsTheGraph(FxRobot robot) throws Exception {
        waitForPage("Home");
        fx(() -> {
            main.navigate(Location.note(NotePath.of("Hub.md")));
            return null;
        });
        waitForPage("Hub");
        LocalGraphView graph = fx(() -> window.right().graph()); // on the FX thread: it may attach the sidebars
        waitUntil(() -> fx(graph::nodeCount) == 21);
        List<String> names = fx(graph::shownNames);
        assertThat(names).as("all but the few for which no free place is left (no two names overlap)")
                .hasSizeGreaterThanOrEqualTo(19).contains("Hub").doesNotHaveDuplicates();
        List<String> expected = new ArrayList<>(List.of("Hub"));
        for (int i = 0; i < 20; i++) {
            expected.add(String.format("Neighbour %02d with\u2026", i));
        }
        assertThat(expected).as("crowded: shortened to 18 characters, each still told apart").containsAll(names);

        robot.clickOn("#local-graph-filters");
        waitUntil(() -> fx(() -> ((javafx.scene.control.MenuButton) window.lookup("#local-graph-filters")).isShowing()));
        robot.clickOn(menuItem(robot, "Tags"));
        robot.clickOn(menuItem(robot, "#even"));
        waitUntil(() -> fx(graph::nodeCount) == 11);
        assertThat(fx(() -> main.localGraph().filtersProperty().get().tags())).containsExactly("even");
        assertThat(fx(() -> window.lookup("#local-graph-filters") instanceof Labeled l ? l.getText() : ""))
                .as("the filter icon counts what narrows").isEqualTo("1");
        assertThat(fx(() -> window.lookup("#local-graph-filters").getAccessibleText())).isEqualTo("Filters (1)");
    }

    @Test
    void aPageWithTwentyThreeNeighboursHasNoTwoNamesOverlapping() throws Exception {
        waitForPage("Home");
        fx(() -> {
            main.navigate(Location.note(NotePath.of("bundled/Ilya Sutskever on the Age of Research.md")));
            return null;
        });
        waitForPage("Ilya Sutskever on the Age of Research");
        LocalGraphView graph = fx(() -> window.right().graph()); // on the FX thread: it may attach the sidebars
        waitUntil(() -> fx(graph::nodeCount) > 20);
        List<String> names = fx(graph::shownNames);
        List<double[]> boxes = fx(graph::shownNameBoxes);
        assertThat(names).as("most are named").hasSizeGreaterThan(fx(graph::nodeCount) / 2);
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                double[] p = boxes.get(a), q = boxes.get(b);
                boolean apart = p[2] <= q[0] || q[2] <= p[0] || p[3] <= q[1] || q[3] <= p[1];
                assertThat(apart).as("\"%s\" and \"%s\" apart", names.get(a), names.get(b)).isTrue();
            }
        }
    }

    @Test
    void clickingAnAttachmentNodeOpensItAsClickingItsLinkInANoteDoes(FxRobot robot) throws Exception {
        waitForPage("Home");
        fx(() -> {
            main.navigate(Location.note(NotePath.of("Hub.md")));
            return null;
        });
        waitForPage("Hub");
        LocalGraphView graph = fx(() -> window.right().graph()); // on the FX thread: it may attach the sidebars
        waitUntil(() -> fx(graph::nodeCount) == 21);
        robot.clickOn("#local-graph-filters");
        robot.clickOn(menuItem(robot, "Attachments"));
        waitUntil(() -> fx(graph::nodeCount) == 23);

        robot.clickOn(fx(() -> graph.screenPoint("dot.png")));
        waitUntil(() -> fx(() -> window.imageViewer() != null && window.imageViewer().shown() != null
                && window.imageViewer().image().getProgress() >= 1));
        assertThat(fx(() -> window.imageViewer().shown().value())).isEqualTo("img/dot.png");
        assertThat(fx(() -> window.imageViewer().image().isError())).isFalse();
        assertThat(fx(() -> window.imageViewer().image().getWidth())).isEqualTo(8);
        fx(() -> {
            ((javafx.stage.Stage) window.getScene().getWindow()).toFront();
            return null;
        });

        robot.clickOn(fx(() -> graph.screenPoint("paper.pdf")));
        waitUntil(() -> !browsed.isEmpty());
        assertThat(browsed).containsExactly(dir.resolve("vault/docs/paper.pdf").toRealPath().toUri().toString());
        assertThat(main.tabs()).hasSize(1);
    }

    @Test
    void theBarAboveTheGraphShowsEveryControlWhole(FxRobot robot) throws Exception {
        waitForPage("Home");
        LocalGraphView graph = fx(() -> window.right().graph()); // on the FX thread: it may attach the sidebars
        waitUntil(() -> fx(() -> ((javafx.scene.layout.Region) graph.getTop()).getWidth() > 100));
        List<String> seen = new ArrayList<>();
        List<String> cut = fx(() -> {
            javafx.scene.layout.Region bar = (javafx.scene.layout.Region) graph.getTop();
            List<String> out = new ArrayList<>();
            for (javafx.scene.Node n : bar.getChildrenUnmodifiable()) {
                if (!(n instanceof javafx.scene.control.Control c)) {
                    continue;
                }
                String name = c instanceof Labeled l && l.getText() != null ? l.getText() : String.valueOf(c.getId());
                seen.add(name);
                javafx.geometry.Bounds b = c.getBoundsInParent();
                if (b.getMinX() < 0 || b.getMaxX() > bar.getWidth() + 0.5 || c.getWidth() < c.prefWidth(-1) - 0.5) {
                    out.add(name + " squeezed to " + c.getWidth() + " of " + c.prefWidth(-1));
                }
                if (c instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                        && l.lookup(".text") instanceof javafx.scene.text.Text t && !l.getText().equals(t.getText())) {
                    out.add(l.getText() + " shown as " + t.getText());
                }
            }
            return out;
        });
        assertThat(seen).as("the bar's controls").hasSizeGreaterThanOrEqualTo(4);
        assertThat(cut).as("no control of the bar is cut at the sidebar's width").isEmpty();
    }
}
