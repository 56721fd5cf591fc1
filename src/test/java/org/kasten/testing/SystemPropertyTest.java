package org.kasten.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemPropertyTest {

    private static final String NAME = "kasten.test.systemProperty";

    @Test
    void aPropertyThatWasNotSetIsClearedAgain() {
        System.clearProperty(NAME);
        try (SystemProperty ignored = SystemProperty.set(NAME, "on")) {
            assertThat(System.getProperty(NAME)).isEqualTo("on");
        }
        assertThat(System.getProperties()).doesNotContainKey(NAME);
    }

    @Test
    void aPropertyThatWasSetGetsItsOldValueBack() {
        System.setProperty(NAME, "before");
        try {
            try (SystemProperty ignored = SystemProperty.set(NAME, "on")) {
                assertThat(System.getProperty(NAME)).isEqualTo("on");
            }
            assertThat(System.getProperty(NAME)).isEqualTo("before");
        } finally {
            System.clearProperty(NAME);
        }
    }
}
