package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.kasten.note.Frontmatter;
import org.kasten.note.Link;
import org.kasten.note.LinkKind;
import org.kasten.note.Note;
import org.kasten.note.NotePath;
import org.kasten.note.Resolution;
import org.kasten.note.ResolvedLink;

/** Plain-text notes: title, lead paragraph, sections, lists and linked "See also" entries. */
class PlainTextRendererTest {

    private static final String NOTE = """
            Ilya on Research
            A lead paragraph that explains what the note is about, at some length.
            Key ideas
            - First idea.
            - Second idea <b>bold</b> at https://example.com/x.
            The Age of Research
            A paragraph under the section, which is longer than its heading.
            See also
            - Age of Research — the scaling→research periodisation
            - Scaling Laws, Pretraining — the backdrop
            - Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education — fellow view
            """;

    private static GraphVault vault() {
        GraphVault vault = new GraphVault();
        vault.add("Age of Research.md", "x");
        vault.add("Scaling Laws.md", "x");
        vault.add("Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education.md", "x");
        return vault;
    }

    @Test
    void rendersStructuredText() {
        GraphVault vault = vault();
        Note note = vault.add("000.txt", NOTE);
        String html = new NoteRenderer(vault).renderBody(note);
        assertThat(html).isEqualTo("""
                <div class="plain-text">
                <h1 id="ilya-on-research">Ilya on Research</h1>
                <p class="lead">A lead paragraph that explains what the note is about, at some length.</p>
                <h2 id="key-ideas">Key ideas</h2>
                <ul>
                <li>First idea.</li>
                <li>Second idea &lt;b&gt;bold&lt;/b&gt; at <a href="https://example.com/x" class="external" rel="noopener noreferrer">https://example.com/x</a>.</li>
                </ul>
                <h2 id="the-age-of-research">The Age of Research</h2>
                <p>A paragraph under the section, which is longer than its heading.</p>
                <h2 id="see-also">See also</h2>
                <ul>
                <li><a href="kasten://note/Age%20of%20Research.md" class="internal">Age of Research</a> — the scaling→research periodisation</li>
                <li><a href="kasten://note/Scaling%20Laws.md" class="internal">Scaling Laws</a>, <a href="kasten://ghost/Pretraining" class="ghost">Pretraining</a> — the backdrop</li>
                <li><a href="kasten://note/Andrej%20Karpathy%20on%20AGI%20Timelines%2C%20RL%27s%20Limits%2C%20and%20the%20Future%20of%20Education.md" class="internal">Andrej Karpathy on AGI Timelines, RL's Limits, and the Future of Education</a> — fellow view</li>
                </ul>
                </div>
                """);
    }

    /** "…, and the Future of Education" names one concept with a comma in it: the graph's entry, kept whole. */
    @Test
    void usesTheGraphsSeeAlsoEntriesWhenItHasThem() {
        GraphVault vault = vault();
        Note note = vault.add("001.txt", "Title\n\nSee also\n- Bitter Lesson, and the Future — one title\n");
        String html = new NoteRenderer(vault).renderBody(note);
        assertThat(html).contains("<li><a href=\"kasten://ghost/Bitter%20Lesson%2C%20and%20the%20Future\" class=\"ghost\">"
                + "Bitter Lesson, and the Future</a> — one title</li>");
    }

    @Test
    void rendersTheSeedNote() throws IOException {
        Path seeds = Path.of(System.getProperty("kasten.shared", "../shared"), "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "shared seeds not present");
        Path seed;
        try (var files = Files.list(seeds)) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElse(null);
        }
        Assumptions.assumeTrue(seed != null, "seed 000 not present");
        GraphVault vault = vault();
        Note note = vault.add(NotePath.of(seed.getFileName().toString()).value(), Files.readString(seed));
        String html = new NoteRenderer(vault).renderBody(note);
        assertThat(html).contains("<h2 id=\"key-ideas\">Key ideas</h2>", "<h2 id=\"see-also\">See also</h2>",
                "<h2 id=\"why-models-dont-generalise\">Why Models Don’t Generalise</h2>",
                "<a href=\"kasten://note/Age%20of%20Research.md\" class=\"internal\">Age of Research</a>");
    }
}
