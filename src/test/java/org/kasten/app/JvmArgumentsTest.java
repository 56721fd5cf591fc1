package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class JvmArgumentsTest {

    @Test
    void optionsBeforeTheJarOrMainClassAreTheJvms() {
        assertThat(JvmArguments.parse(List.of("-jar", "kasten.jar", "search", "v", "q"), 3)).contains(List.of());
        assertThat(JvmArguments.parse(List.of("-Xmx1g", "-Dx=y", "-jar", "k.jar", "index", "v"), 2))
                .contains(List.of("-Xmx1g", "-Dx=y"));
        // the class path is the second JVM's own; options with a separate value keep it
        assertThat(JvmArguments.parse(List.of("-Xss2m", "-cp", "a.jar:b.jar", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "org.kasten.app.cli.Launcher", "check", "v"), 2))
                .contains(List.of("-Xss2m", "--add-opens", "java.base/java.lang=ALL-UNNAMED"));
        // program arguments that look like options are the program's
        assertThat(JvmArguments.parse(List.of("-jar", "k.jar", "search", "v", "-jar"), 3)).contains(List.of());
    }

    @Test
    void anyOtherShapeIsLeftToTheManagementApi() {
        assertThat(JvmArguments.parse(null, 1)).isEmpty();
        assertThat(JvmArguments.parse(List.of("index", "v"), 2)).as("no jar or class").isEmpty();
        assertThat(JvmArguments.parse(List.of("-Xmx1g", "index", "v"), 2)).as("an option where the class is").isEmpty();
        assertThat(JvmArguments.parse(List.of("@opts", "-jar", "k.jar", "index", "v"), 2)).as("argument file").isEmpty();
        assertThat(JvmArguments.parse(List.of("-m", "kasten/org.kasten.app.cli.Launcher", "index", "v"), 2)).isEmpty();
        assertThat(JvmArguments.parse(List.of("--add-modules", "-jar", "k.jar", "index"), 1)).as("a value missing").isEmpty();
    }
}
