package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.testing.SystemProperty;

class StateStoreTest {

    @TempDir Path dir;

    @Test
    void vaultSettingsRoundTripPerVault() {
        StateStore store = new StateStore(dir);
        Settings one = store.vault(Path.of("/v/one"));
        one.put("width", 1000.5);
        one.putList("tabs", List.of("a.md", "Dir/b c.md"));
        assertThat(one.save()).isTrue();
        Settings again = store.vault(Path.of("/v/one"));
        assertThat(again.getDouble("width", 0)).isEqualTo(1000.5);
        assertThat(again.getList("tabs")).containsExactly("a.md", "Dir/b c.md");
        assertThat(store.vault(Path.of("/v/two")).getList("tabs")).isEmpty();
        again.putList("tabs", List.of("only.md"));
        again.save();
        assertThat(store.vault(Path.of("/v/one")).getList("tabs")).containsExactly("only.md");
    }

    @Test
    void recentVaultsAreMostRecentFirstWithoutDuplicates() {
        StateStore store = new StateStore(dir);
        for (int i = 0; i < 12; i++) {
            store.rememberVault(Path.of("/v/" + i));
        }
        store.rememberVault(Path.of("/v/5"));
        List<Path> recent = store.recentVaults();
        assertThat(recent).hasSize(StateStore.RECENT_VAULTS);
        assertThat(recent.get(0)).isEqualTo(Path.of("/v/5").toAbsolutePath());
        assertThat(recent.get(1)).isEqualTo(Path.of("/v/11").toAbsolutePath());
        assertThat(recent).doesNotHaveDuplicates();
    }

    @Test
    void aBrokenFileGivesDefaults() throws Exception {
        Files.writeString(dir.resolve("kasten.properties"), "theme=\\u12");
        assertThat(new StateStore(dir).global().get("theme", "light")).isEqualTo("light");
    }

    @Test
    void configDirPropertyOverridesTheUserFolder() {
        try (SystemProperty ignored = SystemProperty.set("kasten.config.dir", dir.toString())) {
            assertThat(StateStore.forUser().dir()).isEqualTo(dir);
        }
    }
}
