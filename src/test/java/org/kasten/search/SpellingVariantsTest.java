package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingVariantsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "generalise, generalize",
            "generalised, generalized",
            "generalising, generalizing",
            "generalisation, generalization",
            "generalisations, generalizations",
            "organise, organize",
            "organiser, organizer",
            "categorise, categorize",
            "minimise, minimize",
            "criticise, criticize",
            "analyse, analyze",
            "analysed, analyzed",
            "colour, color",
            "colourful, colorful",
            "favourite, favorite",
            "behaviours, behaviors",
            "centre, center",
            "catalogue, catalog",
            "modelling, modeling",
            // words that only look British: left alone
            "exercise, exercise",
            "promise, promise",
            "premises, premises",
            "advise, advise",
            "supervised, supervised",
            "otherwise, otherwise",
            "surprise, surprise",
            "enterprise, enterprise",
            "noise, noise",
            "raised, raised",
            "precise, precise",
            "paradise, paradise",
            "hour, hour",
            "four, four",
            "tour, tour",
            "rise, rise",
            "wise, wise",
    })
    void americanizes(String british, String american) {
        assertThat(SpellingVariants.americanize(british)).isEqualTo(american);
    }

    /** Every word the table rewrites passes the quick pre-check (which may only skip words left alone). */
    @ParameterizedTest(name = "{0} may change")
    @CsvSource({"generalise", "generalisations", "analyse", "analysed", "colour", "favourite", "behaviours",
            "centre", "grey", "judgement", "ageing", "programme", "modelling", "catalogue", "defence"})
    void preCheckLetsEveryRewriteThrough(String british) {
        assertThat(SpellingVariants.americanize(british)).isNotEqualTo(british);
        assertThat(SpellingVariants.mayChange(british.toCharArray(), british.length())).isTrue();
    }

    /** Common words that no rule touches are skipped by the pre-check without building a String. */
    @ParameterizedTest(name = "{0} skipped")
    @CsvSource({"note", "link", "graph", "markdown", "search", "center", "color", "running", "plugin"})
    void preCheckSkipsPlainWords(String word) {
        assertThat(SpellingVariants.mayChange(word.toCharArray(), word.length())).isFalse();
        assertThat(SpellingVariants.americanize(word)).isEqualTo(word);
    }
}
