package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kasten.note.NotePath;
import org.kasten.note.Progress;
import org.kasten.note.SearchResults;
import org.kasten.testing.LinkedVaultGenerator;

/**
 * Checks that a large vault gives the answers a brute-force reading of its files gives: backlinks, unlinked
 * mentions, word search hits and totals, and the link count, for a sample of notes of a
 * {@link LinkedVaultGenerator} vault. Shared by the test at test scale and the benchmark at 100,000 notes.
 */
public final class ScaleEquivalence {

    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]]+)]]");

    private final int n;
    /** Lower-cased title or alias to note number. */
    private final Map<String, Integer> names = new HashMap<>();
    /** Per file (by note number): its lines. */
    private final List<List<String>> lines = new ArrayList<>();
    /** Per note number: the sources of the links to it, one entry a link (filled in one pass over the files). */
    private final Map<Integer, List<String>> linksTo = new HashMap<>();
    private int linkCount;

    private ScaleEquivalence(Path root, int n) throws IOException {
        this.n = n;
        for (int i = 0; i < n; i++) {
            names.put(LinkedVaultGenerator.title(i).toLowerCase(Locale.ROOT), i);
            if (LinkedVaultGenerator.alias(i) != null) {
                names.put(LinkedVaultGenerator.alias(i).toLowerCase(Locale.ROOT), i);
            }
            lines.add(Files.readAllLines(root.resolve(LinkedVaultGenerator.path(i)), StandardCharsets.UTF_8));
        }
        for (int i = 0; i < n; i++) {
            for (String line : lines.get(i)) {
                Matcher m = WIKI_LINK.matcher(line);
                while (m.find()) {
                    linkCount++;
                    Integer to = names.get(m.group(1).toLowerCase(Locale.ROOT));
                    if (to != null) {
                        linksTo.computeIfAbsent(to, k -> new ArrayList<>()).add(LinkedVaultGenerator.path(i));
                    }
                }
            }
        }
    }

    /** Generates {@code n} notes into {@code root}, opens them, and compares a sample of {@code sample} notes. */
    public static void check(Path root, int n, int sample) throws Exception {
        LinkedVaultGenerator.write(root, n, 42);
        ScaleEquivalence brute = new ScaleEquivalence(root, n);
        try (Workspace workspace = Workspace.open(root, Progress.NONE)) {
            assertThat(workspace.graph().notes()).hasSize(n);
            assertThat(workspace.graph().linkCount()).as("links in the vault").isEqualTo(brute.linkCount);
            for (int i : LinkedVaultGenerator.sample(n, sample)) {
                NotePath path = new NotePath(LinkedVaultGenerator.path(i));
                assertThat(workspace.graph().backlinks(path).stream().map(l -> l.source().value()).sorted().toList())
                        .as("backlinks of %s", path).isEqualTo(brute.backlinks(i));
                assertThat(workspace.graph().unlinkedMentions(path).stream().map(m -> m.source().value() + ":" + m.line())
                        .sorted().toList()).as("unlinked mentions of %s", path).isEqualTo(brute.mentions(i));
                SearchResults own = workspace.search(LinkedVaultGenerator.ownWord(i), 5, true);
                assertThat(own.total()).as("notes with the word of %s", path).isEqualTo(1);
                assertThat(own.hits().get(0).path()).isEqualTo(path);
            }
            for (int k = 0; k < 7; k++) {
                String word = LinkedVaultGenerator.sharedWord(k);
                assertThat(workspace.search(word, 5, true).total()).as("notes with %s", word)
                        .isEqualTo(brute.notesContaining(word));
            }
        }
    }

    /** The sources of every link to note {@code target}, one entry a link, sorted. */
    private List<String> backlinks(int target) {
        List<String> out = new ArrayList<>(linksTo.getOrDefault(target, List.of()));
        out.sort(null);
        return out;
    }

    /** Every line of another note that names note {@code target} (title or alias) as whole words without a link. */
    private List<String> mentions(int target) {
        List<String> names = new ArrayList<>();
        names.add(LinkedVaultGenerator.title(target));
        if (LinkedVaultGenerator.alias(target) != null) {
            names.add(LinkedVaultGenerator.alias(target));
        }
        List<String> lower = names.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<Pattern> patterns = names.stream().map(ScaleEquivalence::wholeWords).toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == target) {
                continue;
            }
            List<String> file = lines.get(i);
            for (int l = 0; l < file.size(); l++) {
                String line = file.get(l);
                if (line.contains("[[") || line.startsWith("aliases:")) {
                    continue;
                }
                String folded = line.toLowerCase(Locale.ROOT);
                for (int k = 0; k < patterns.size(); k++) {
                    if (!folded.contains(lower.get(k))) {
                        continue; // (a quick filter; the pattern decides)
                    }
                    Matcher m = patterns.get(k).matcher(line);
                    while (m.find()) {
                        out.add(LinkedVaultGenerator.path(i) + ":" + (l + 1));
                    }
                }
            }
        }
        out.sort(null);
        return out;
    }

    private long notesContaining(String word) {
        Pattern p = wholeWords(word);
        return lines.stream().filter(file -> file.stream().anyMatch(line -> p.matcher(line).find())).count();
    }

    private static Pattern wholeWords(String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
