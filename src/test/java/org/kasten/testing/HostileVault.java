package org.kasten.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes, at test time, a vault of hostile files among ordinary notes: cmark's pathological inputs, notes with
 * terms too long for an index, raw HTML pointing at the disk, symbolic links out of the vault, undecodable and
 * binary files, broken YAML, a file over the size limit. {@link #write} returns what each hostile file is, so
 * a test can say which one misbehaved. Nothing here is read from outside the test's own folder except the
 * targets of the symbolic links, which Kasten must not follow.
 */
public final class HostileVault {

    /** The ordinary notes: each must load, link and be found whatever the hostile files do. */
    public static final int GOOD_NOTES = 12;

    private HostileVault() {
    }

    /** The word only good note {@code i} contains. */
    public static String goodWord(int i) {
        return "harmless" + (char) ('a' + i) + "word";
    }

    /** Writes the vault into {@code root}; the answer maps each hostile file (vault-relative) to what it is. */
    public static Map<String, String> write(Path root) throws IOException {
        for (int i = 0; i < GOOD_NOTES; i++) {
            Files.writeString(root.resolve("good-" + i + ".md"), "# Good " + i + "\n\nA note about " + goodWord(i)
                    + ". Next: [[good-" + ((i + 1) % GOOD_NOTES) + "]].\n");
        }
        Map<String, String> bad = new LinkedHashMap<>();
        write(root, bad, "ordered-list-run.md", "`1. ` repeated 100,000 times on one line", "1. ".repeat(100_000));
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            nested.append(" ".repeat(2 * i)).append("- level ").append(i).append('\n');
        }
        write(root, bad, "nested-lists.md", "3,000 list levels", nested.toString());
        write(root, bad, "open-links.md", "`[a](` repeated 50,000 times", "[a](".repeat(50_000));
        StringBuilder ticks = new StringBuilder();
        for (int i = 1; i <= 2_000; i++) {
            ticks.append("`".repeat(i)).append(' ');
        }
        write(root, bad, "backtick-runs.md", "backtick runs of length 1 to 2,000", ticks.toString());
        StringBuilder tags = new StringBuilder();
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            tags.append("#tag").append(i).append(' ');
            links.append("[[same link]] ");
        }
        write(root, bad, "many-tags.md", "100,000 #tags", tags.toString());
        write(root, bad, "many-links.md", "100,000 [[same link]]", links.toString());
        write(root, bad, "long-line.md", "a 5 MB line without blanks", "x".repeat(5 * 1024 * 1024));
        write(root, bad, "nested-brackets.md", "2,000 nested brackets and quotes",
                "[".repeat(2_000) + "(".repeat(2_000) + "\n\n" + "> ".repeat(2_000) + "deep\n");
        String immense = "t".repeat(40_000);
        write(root, bad, "immense-tag.md", "a tag of 40,000 characters", "#" + immense + "\n");
        write(root, bad, "immense-key.md", "a property key of 40,000 characters", "---\n" + immense + ": v\n---\nbody\n");
        write(root, bad, "immense-link.md", "a link target of 40,000 characters", "[[" + immense + "]]\n");
        write(root, bad, "file-urls.md", "raw HTML pointing at the disk",
                "<img src=\"file:///etc/passwd\"> <img src=\"FILE:///etc/passwd\"> <img src=\" file:///etc/passwd\">\n"
                        + "<a href=\"file:///etc/passwd\">passwd</a> ![x](file:///etc/passwd) [y](file:///etc/hosts)\n"
                        + "![[/etc/passwd]] ![[../../../../etc/passwd]]\n");
        write(root, bad, "bad-yaml.md", "frontmatter that is not YAML", "---\nkey: [unclosed\n  - : :\n---\nbody\n");
        Files.write(root.resolve("bad-utf8.md"), new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'});
        bad.put("bad-utf8.md", "bytes that are not UTF-8");
        Files.write(root.resolve("binary.md"), new byte[] {'a', 0, 'b', 0, 'c'});
        bad.put("binary.md", "NUL bytes");
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(root.resolve("too-large.md"), big);
        bad.put("too-large.md", "a file over the 20 MB limit");
        if (link(root.resolve("outside.md"), Path.of("/etc/passwd"))) {
            bad.put("outside.md", "a symbolic link to /etc/passwd");
        }
        if (link(root.resolve("zero.md"), Path.of("/dev/zero"))) {
            bad.put("zero.md", "a symbolic link to /dev/zero");
        }
        if (link(root.resolve("root-folder"), Path.of("/"))) {
            bad.put("root-folder", "a symbolic link to /");
        }
        Files.writeString(root.resolve("embeds-outside.md"), "![[outside]] ![[zero]] [[root-folder/etc/passwd]]\n");
        bad.put("embeds-outside.md", "embeds of the links that leave the vault");
        return bad;
    }

    /** The good notes' paths. */
    public static List<String> goodNotes() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < GOOD_NOTES; i++) {
            out.add("good-" + i + ".md");
        }
        return out;
    }

    private static void write(Path root, Map<String, String> bad, String name, String what, String text) throws IOException {
        Files.writeString(root.resolve(name), text, StandardCharsets.UTF_8);
        bad.put(name, what);
    }

    private static boolean link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
