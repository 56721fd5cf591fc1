package org.kasten.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.testing.VaultSnapshot;

/**
 * Kasten only reads: after every command of the CLI the vault's names, bytes and modification times (and the
 * folder's own) are what they were.
 */
class VaultUntouchedTest {

    private final Cli cli = new Cli();

    @TempDir
    Path vault;

    @TempDir
    Path elsewhere;

    private VaultSnapshot before;

    @BeforeEach
    void writeVault() throws Exception {
        write("Home.md", """
                ---
                aliases: [Start]
                tags: [hub]
                ---
                # Home
                Read [[Beta]], ![[Beta#Part]] and ![[pic.png]]; also [[Missing]]. #start
                """);
        write("Concepts/Beta.md", "# Beta\n\n## Part\n\nBeta words, alpha words. ^block\n");
        write("plain.txt", "Plain title\nplain text\n");
        write("latin1.md", "caf\u00e9");
        Files.write(vault.resolve("latin1.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        write("img/pic.png", "\u0089PNG");
        write(".obsidian/app.json", "{}");
        // an old time on every entry, so a touch shows even within the file system's time resolution
        FileTime old = FileTime.from(Instant.parse("2020-01-02T03:04:05Z"));
        try (Stream<Path> all = Files.walk(vault)) {
            for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
        before = VaultSnapshot.of(vault);
    }

    private void write(String name, String text) throws Exception {
        Path file = vault.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void assertUntouched(String after) throws Exception {
        assertThat(VaultSnapshot.of(vault)).as("the vault after " + after).isEqualTo(before);
    }

    @Test
    void everyCommandLeavesTheVaultAsItWas() throws Exception {
        String v = vault.toString();
        List<String[]> commands = List.of(
                new String[] {"check", v}, new String[] {"check", v, "--json"},
                new String[] {"show", v, "Home"}, new String[] {"show", v, "Beta", "--json"},
                new String[] {"search", v, "alpha"}, new String[] {"search", v, "/wor.s/", "--json"},
                new String[] {"render", v, "Home"}, new String[] {"render", v, "Beta", "--theme", "dark"},
                new String[] {"index", v}, new String[] {"index", v});
        for (String[] command : commands) {
            assertThat(cli.succeed(command)).isNotBlank();
            assertUntouched(String.join(" ", command));
        }
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("alpha\ntag:hub\n/be.a/\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(cli.succeed("search", v, "--batch").lines()).hasSize(3);
        } finally {
            System.setIn(stdin);
        }
        assertUntouched("search --batch");
    }

    /** The window as {@code kasten open --screenshot} starts it, in a JVM of its own on the headless Monocle platform. */
    @Test
    void theWindowLeavesTheVaultAsItWas() throws Exception {
        Path png = elsewhere.resolve("shot.png");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dkasten.cache.dir=" + elsewhere.resolve("cache"), "-Dkasten.config.dir=" + elsewhere.resolve("config"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "open", vault.toString(), "--note", "Home", "--screenshot", png.toString()));
        Path log = elsewhere.resolve("open.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("open --screenshot did not finish: " + Files.readString(log));
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
        assertThat(png).isNotEmptyFile();
        assertUntouched("open --screenshot");
    }
}
