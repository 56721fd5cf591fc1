package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextTextTest {

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
            "Select **[[Home|Open]]** to access help => Select Open to access help",
            "- See [[Age of Research]] for more        => See Age of Research for more",
            "Read [[Note#Part two]] now                => Read Note › Part two now",
            "A [markdown link](Other%20Note.md) here   => A markdown link here",
            "## Heading with `code`                    => Heading with code",
            "> quoted ==highlight==                    => quoted highlight",
            "1. First [[A]]                            => First A",
    })
    void makesContextReadable(String markdown, String readable) {
        assertThat(ContextText.clean(markdown)).isEqualTo(readable);
    }
}
