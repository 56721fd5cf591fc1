package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kasten.testing.SharedFolders;

/** The decoder on real inputs: seed 004 gets repaired, correct files (corpora, seed 000) stay byte-for-byte. */
class TextDecoderRealInputTest {

    private final TextDecoder decoder = new TextDecoder();

    private static Path seed(String prefix) throws IOException {
        Path seeds = SharedFolders.require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @Test
    void seed004IsRepaired() throws IOException {
        DecodedText decoded = decoder.decode(Files.readAllBytes(seed("004_")));

        String text = decoded.text();
        assertThat(text.lines()).contains(
                "# Ilya Sutskever – We're moving from the age of scaling to the age of research",
                "𝐄𝐏𝐈𝐒𝐎𝐃𝐄 𝐋𝐈𝐍𝐊𝐒", "𝐒𝐏𝐎𝐍𝐒𝐎𝐑𝐒", "𝐓𝐈𝐌𝐄𝐒𝐓𝐀𝐌𝐏𝐒",
                "01:18:13 – “We are squarely an age of research company”");
        assertThat(text).contains("title: \"Ilya Sutskever – We're moving from the age of scaling to the age of research\"")
                .contains("SSI’s strategy")
                .doesNotContain("â€").doesNotContain("ğ").doesNotContain("Ã");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.repairs()).isPositive();
        assertThat(decoded.warnings()).containsExactly(
                "repaired " + decoded.repairs() + " mis-encoded characters (mojibake)");
    }

    @Test
    void seed000StaysUnchanged() throws IOException {
        assertUnchanged(List.of(seed("000_")));
    }

    @Test
    void everyCorpusFileStaysUnchanged() throws IOException {
        Path corpora = SharedFolders.require("corpora");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpora)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(100);

        assertUnchanged(files);
    }

    private void assertUnchanged(List<Path> files) throws IOException {
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            DecodedText decoded = decoder.decode(bytes);

            assertThat(decoded.repairs()).as("repairs in %s", file).isZero();
            assertThat(decoded.charset()).as("charset of %s", file).isEqualTo("UTF-8");
            String expected = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
            assertThat(decoded.text()).as("text of %s", file).isEqualTo(expected);
        }
    }
}
