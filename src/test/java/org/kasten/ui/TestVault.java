package org.kasten.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny vault written into a temporary folder for UI tests: four notes, one ghost, a tag, an alias and a
 * {@code status} property (Beta draft, Zebra facts done). */
public final class TestVault {

    private TestVault() {
    }

    /** Writes the vault into {@code dir} and returns {@code dir}. */
    public static Path write(Path dir) throws IOException {
        file(dir, "Home.md", """
                # Home

                Welcome. See [[Alpha]] and [[Beta|the second]] and [[Ghost Concept]].

                #start
                """);
        file(dir, "Alpha.md", """
                ---
                aliases: [First Letter]
                tags: [greek/letter]
                ---
                # Alpha

                Alpha links back to [[Home]].

                ## Details

                More about alpha and zebras.
                """);
        file(dir, "Concepts/Beta.md", """
                ---
                status: draft
                ---
                # Beta

                Beta mentions Alpha without a link. Also [[Ghost Concept]].
                """);
        file(dir, "Notes/Zebra facts.md", """
                ---
                status: done
                ---
                # Zebra facts

                Zebras are striped. Nothing links here.
                """);
        return dir;
    }

    /** Writes one file (creating folders). */
    public static void file(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
