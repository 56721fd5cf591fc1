package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.IndexReport;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.ResolvedLink;
import org.kasten.note.Warning;
import org.kasten.testing.HostileVault;
import org.kasten.testing.VaultSnapshot;

/**
 * One hostile file must never cost the reader the vault (issue 17): a vault generated at test time with
 * cmark's pathological inputs, immense terms, raw {@code file:} URLs, symbolic links out of the vault, binary,
 * undecodable and oversized files ({@link HostileVault}) loads under a hang guard; every ordinary note loads,
 * links and is found; each file that cannot be read as a note gives exactly one warning naming it, and no
 * hostile file is lost without one; the index is built; no rendered page points at or shows anything outside
 * the vault; and the vault is unchanged afterwards.
 */
class HostileVaultTest {

    /** Files that cannot be read as they are: each gives exactly one warning of the loader. */
    private static final List<String> MUST_WARN = List.of("binary.md", "too-large.md", "bad-utf8.md",
            "bad-yaml.md", "outside.md", "zero.md", "root-folder");

    @Test
    void aHostileVaultCostsNothingButTheHostileFiles(@TempDir Path root) throws Exception {
        Map<String, String> hostile = HostileVault.write(root);
        VaultSnapshot before = VaultSnapshot.of(root);
        assertTimeoutPreemptively(Duration.ofSeconds(240), () -> {
            try (Workspace workspace = Workspace.open(root, Progress.NONE)) {
                IndexReport index = workspace.awaitIndex();
                List<String> warned = new ArrayList<>();
                workspace.warnings().stream().map(Warning::path).map(NotePath::value).forEach(warned::add);
                for (String name : MUST_WARN) {
                    if (hostile.containsKey(name)) {
                        assertThat(warned).as("warnings naming %s (%s)", name, hostile.get(name))
                                .containsOnlyOnce(name);
                    }
                }
                for (String name : hostile.keySet()) {
                    boolean loaded = workspace.graph().note(new NotePath(name)).isPresent();
                    boolean said = warned.contains(name) || index.warnings().stream().anyMatch(w -> w.startsWith(name));
                    assertThat(loaded || said).as("%s (%s) is loaded or named in a warning", name, hostile.get(name))
                            .isTrue();
                }
                assertThat(index.warnings()).as("index warnings").anyMatch(w -> w.startsWith("immense-tag.md"))
                        .anyMatch(w -> w.startsWith("immense-link.md"));
                for (int i = 0; i < HostileVault.GOOD_NOTES; i++) {
                    NotePath good = new NotePath(HostileVault.goodNotes().get(i));
                    assertThat(workspace.graph().note(good)).as("%s loaded", good).isPresent();
                    assertThat(workspace.graph().outgoing(good)).extracting(ResolvedLink::resolution)
                            .allMatch(r -> r.resolved(), "links of " + good + " resolve");
                    assertThat(workspace.search(HostileVault.goodWord(i), 5).hits()).as("search for note %d", i)
                            .first().extracting(h -> h.path()).isEqualTo(good);
                }
                for (Note note : workspace.graph().notes()) {
                    String html = workspace.renderHtml(note.path()).toLowerCase(Locale.ROOT);
                    assertThat(html).as("page of %s", note.path()).doesNotContain("file:").doesNotContain("root:x:0:0");
                }
            }
        });
        assertThat(VaultSnapshot.of(root)).as("the vault after the session").isEqualTo(before);
    }
}
