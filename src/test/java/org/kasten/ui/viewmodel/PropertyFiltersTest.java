package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PropertyFiltersTest {

    @ParameterizedTest(name = "toggle({0}, {1}:{2}) = {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "''                          | status | draft | [status:draft]",
            "NULL                        | status | draft | [status:draft]",
            "zebra                       | status | draft | zebra [status:draft]",
            "'  zebra  '                 | status | draft | zebra [status:draft]",
            "zebra [status:draft]        | status | draft | zebra",
            "[status:draft] zebra        | status | draft | zebra",
            "a [status:draft] b          | status | draft | a b",
            "a [Status: Draft] b         | status | draft | a b",
            "a [status:\"draft\"]        | status | draft | a",
            "a [status:done]             | status | draft | a [status:done] [status:draft]",
            "[status:done] [status:draft]| status | done  | [status:draft]",
            "a [status:draft             | status | draft | a [status:draft [status:draft]",
            "x                           | creator | Ilya Sutskever | x [creator:Ilya Sutskever]",
    })
    void togglesAFilterInTheQuery(String query, String key, String value, String expected) {
        assertThat(PropertyFilters.toggle(query, key, value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "contains({0}, {1}:{2}) = {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "[status:draft]       | status | draft | true",
            "[status:drafts]      | status | draft | false",
            "status:draft         | status | draft | false",
            "[topic:draft]        | status | draft | false",
            "NULL                 | status | draft | false",
            "[ status : draft ] x | status | draft | true",
    })
    void knowsWhetherAFilterIsThere(String query, String key, String value, boolean expected) {
        assertThat(PropertyFilters.contains(query, key, value)).isEqualTo(expected);
    }
}
