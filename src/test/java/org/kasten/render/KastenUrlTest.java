package org.kasten.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kasten.note.KastenUrl;
import org.kasten.note.NotePath;

/** The internal URL scheme the window intercepts: built and read back. */
class KastenUrlTest {

    @Test
    void buildsUrls() {
        assertThat(KastenUrl.note(NotePath.of("Concepts/Age of Research.md"), "why-models-dont-generalise"))
                .isEqualTo("kasten://note/Concepts/Age%20of%20Research.md#why-models-dont-generalise");
        assertThat(KastenUrl.note(NotePath.of("a+b/ü#?.md"), "^blk")).isEqualTo("kasten://note/a%2Bb/%C3%BC%23%3F.md#%5Eblk");
        assertThat(KastenUrl.ghost("Jagged Intelligence")).isEqualTo("kasten://ghost/Jagged%20Intelligence");
        assertThat(KastenUrl.tag("#ai/scaling")).isEqualTo("kasten://tag/ai%2Fscaling");
    }

    @Test
    void readsThemBack() {
        assertThat(KastenUrl.parse("kasten://note/a%2Bb/%C3%BC%23%3F.md#%5Eblk"))
                .contains(new KastenUrl(KastenUrl.Kind.NOTE, "a+b/ü#?.md", "^blk"));
        assertThat(KastenUrl.parse("kasten://ghost/Jagged%20Intelligence"))
                .contains(new KastenUrl(KastenUrl.Kind.GHOST, "Jagged Intelligence", null));
        assertThat(KastenUrl.parse("kasten://tag/ai%2Fscaling")).contains(new KastenUrl(KastenUrl.Kind.TAG, "ai/scaling", null));
        assertThat(KastenUrl.parse("https://example.com")).isEmpty();
        assertThat(KastenUrl.parse("kasten://other/x")).isEmpty();
    }
}
