package org.kasten.ui.view;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.kasten.app.SemanticModel;
import org.kasten.search.FakeEmbedder;
import org.kasten.ui.TestVault;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.testing.SystemProperty;

/**
 * What the window's tests of search by meaning share: a fake model, the vectors switched on for the test (and the
 * switch put back after it), and a note that means "money back" without saying it.
 */
abstract class SemanticWindowTestBase extends WindowTestBase {

    final FakeEmbedder model = new FakeEmbedder();
    private SystemProperty vectorsOn;

    /** Switches the vectors on for this test; each test class calls it from its {@code @Start} before opening. */
    void vectorsOn() {
        vectorsOn = SystemProperty.set("kasten.vectors", "on");
    }

    @AfterEach
    void closeTheVaultAndPutTheSwitchBack() {
        if (main.workspaceProperty().get() != null) {
            main.workspaceProperty().get().close();
        }
        if (vectorsOn != null) {
            vectorsOn.close();
            vectorsOn = null;
        }
    }

    @Override
    void configure(MainViewModel main) {
        main.semantic().useModel(SemanticModel.of(model));
    }

    @Override
    void extraFiles(Path vault) throws Exception {
        TestVault.file(vault, "Payments.md", "# Payments\n\n## Getting money back\n\nAsk the shop for your money within thirty days.\n");
    }
}
