package org.kasten.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzzing of what reads a note file: the text decoder, the frontmatter reader and the note parser (with the
 * Markdown and plain-text scanners behind it), over random bytes and over random mixes of the syntax they look
 * for. Each must return (no exception, no hang) and keep simple invariants. Tries: {@code jqwik.tries.default}
 * (a few hundred in verify, many more in the benchmark profile).
 */
@Tag("fuzz")
class VaultFuzzTest {

    /** A hang guard, far above any input's parse time: a breach is a hang, not slowness. */
    private static final Duration GUARD = Duration.ofSeconds(20);

    private static final List<String> MARKDOWN = List.of(
            "[[", "]]", "![[", "|", "#", "#tag", "^id", "`", "```", "~~~", "\n", "\n\n", "\r\n", "\r", " ", "    ", "\t",
            "-", "- ", "* ", "1. ", "> ", "> [!note]", "[", "]", "(", ")", "](", "<", ">", "<!--", "-->", "%%", "$",
            "$$", "\\", "---", "...", ":", "::", "word", "Note", "é", "\u0301", "😀", "\u0000", "\uFFFD", "# H", "## ",
            "[x]: y", "[^1]", "http://a.b/c", "<div>", "</div>", "<script>", "See also", "**", "_", "==", "~~", "\u202E");

    private static final List<String> YAML = List.of(
            "key: value", "tags: [a, b]", "aliases:", "  - x", "- ", "title: ", "'", "\"", "{", "}", "[", "]", ":",
            "!!binary", "&a", "*a", "<<: *a", "? ", "|", ">", "2024-01-02", "2024-01-02T03:04:05Z", "true", "no",
            "~", "null", "#", "\n", "  ", "\t", "é", "---", "...", "[[Link]]", "%YAML 1.2", "!!python/object", "0x1F");

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
        Arbitrary<byte[]> withBom = Combinators.combine(
                Arbitraries.of(new byte[0], new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF}),
                markdown().map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(8).withoutEdgeCases(),
                Arbitraries.integers().between(0, 100).withoutEdgeCases())
                .as((bom, text, noise, at) -> splice(bom, text, noise, at));
        Arbitrary<byte[]> mojibake = markdown().map(s -> new String(s.getBytes(StandardCharsets.UTF_8),
                java.nio.charset.Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(random, withBom, mojibake);
    }

    private static byte[] splice(byte[] bom, byte[] text, byte[] noise, int percent) {
        int at = text.length * percent / 100;
        byte[] out = new byte[bom.length + text.length + noise.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(text, 0, out, bom.length, at);
        System.arraycopy(noise, 0, out, bom.length + at, noise.length);
        System.arraycopy(text, at, out, bom.length + at + noise.length, text.length - at);
        return out;
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.oneOf(
                Arbitraries.of(MARKDOWN).list().ofMaxSize(300).map(parts -> String.join("", parts)),
                Arbitraries.strings().ofMaxLength(500));
    }

    @Provide
    Arbitrary<String> withFrontmatter() {
        Arbitrary<String> yaml = Arbitraries.of(YAML).list().ofMaxSize(60).map(parts -> String.join("", parts));
        return Combinators.combine(Arbitraries.of("---\n", "---\r\n", "--- \n", "---"), yaml,
                Arbitraries.of("\n---\n", "\n...\n", "\n---", "", "\r\n---\r\n"), markdown())
                .as((open, front, close, body) -> open + front + close + body);
    }

    @Property
    void decodingAnyBytesGivesTextAndAtMostTwoWarnings(@ForAll("bytes") byte[] bytes) {
        DecodedText decoded = assertTimeoutPreemptively(GUARD, () -> new TextDecoder().decode(bytes));
        assertThat(decoded.text()).isNotNull();
        assertThat(decoded.warnings()).hasSizeLessThanOrEqualTo(2).doesNotContainNull();
        if (decoded.charset().equals("windows-1252")) { // one character per byte after the BOM
            int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
            assertThat(decoded.text()).hasSize(bytes.length - bom);
        }
    }

    @Property
    void decodingUtf8WithoutLatinLettersGivesTheSameText(@ForAll("plainUnicode") String text) {
        DecodedText decoded = new TextDecoder().decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.warnings()).isEmpty();
    }

    /** Text mojibake repair must leave alone: ASCII, Greek, CJK and emoji (no windows-1252 look-alikes). */
    @Provide
    Arbitrary<String> plainUnicode() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('α', 'ω').withCharRange('一', '龥')
                .withChars('\n').ofMaxLength(300)
                .map(s -> s.replace("~", "\uD83D\uDE00")); // and emoji (a surrogate pair)
    }

    @Property
    void frontmatterReadingReturnsABodyWithinTheText(@ForAll("withFrontmatter") String text) {
        FrontmatterReader.Result result = assertTimeoutPreemptively(GUARD, () -> FrontmatterReader.read(text));
        assertThat(result.frontmatter()).isNotNull();
        assertThat(result.bodyOffset()).isBetween(0, text.length());
        assertThat(result.bodyLine()).isPositive();
        if (result.error() == null) {
            assertThat(result.errorLine()).isZero();
        }
        if (!text.startsWith("---")) {
            assertThat(result.bodyOffset()).isZero();
        }
    }

    @Property
    void parsingAnyTextGivesANoteWhosePartsPointIntoIt(@ForAll("notes") String text, @ForAll("paths") NotePath path) {
        Note note = assertTimeoutPreemptively(GUARD, () -> new NoteParser().parse(path, text, NoteParser.FileInfo.NONE, List.of()));
        assertThat(note.path()).isEqualTo(path);
        assertThat(note.title()).isNotNull();
        assertThat(text).endsWith(note.body());
        int lines = lineCount(text);
        for (Link link : note.links()) {
            assertThat(link.target()).isNotNull();
            assertThat(link.line()).as("line of %s", link).isBetween(1, lines);
            assertThat(link.column()).as("column of %s", link).isPositive();
        }
        for (Heading heading : note.headings()) {
            assertThat(heading.line()).as("line of %s", heading).isBetween(1, lines);
            assertThat(heading.level()).isBetween(1, 6);
        }
        assertThat(note.tags()).allSatisfy(tag -> assertThat(tag).isNotBlank());
    }

    @Provide
    Arbitrary<String> notes() {
        return Arbitraries.oneOf(markdown(), withFrontmatter());
    }

    @Provide
    Arbitrary<NotePath> paths() {
        return Arbitraries.of("a.md", "b.txt", "dir/c.markdown", "x\\y.md", "\uFFFD.md").map(NotePath::of);
    }

    /** Lines as an editor counts them (LF, CRLF or a lone CR each end one). */
    private static int lineCount(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                lines++;
            }
        }
        return lines;
    }
}
