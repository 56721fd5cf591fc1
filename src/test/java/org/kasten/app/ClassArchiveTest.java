package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {

    @Test
    void theFirstRunRecordsTheRunsAfterUseAWholeArchive(@TempDir Path tmp) throws IOException {
        Path jar = Files.writeString(tmp.resolve("kasten.jar"), "not really a jar");
        Path cache = tmp.resolve("cache");

        ClassArchive first = ClassArchive.forCommand("search", List.of(jar), cache).orElseThrow();
        assertThat(first.records()).isTrue();
        String recordOption = first.options().get(first.options().size() - 1);
        assertThat(recordOption).startsWith("-XX:ArchiveClassesAtExit=" + cache.resolve("cds"));
        Path recording = Path.of(recordOption.substring(recordOption.indexOf('=') + 1));
        Files.write(recording, new byte[1234]); // what the JVM writes as it exits
        first.finish(0);
        assertThat(recording).doesNotExist();
        try (var archives = Files.list(cache.resolve("cds"))) {
            assertThat(archives.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).startsWith("search-").endsWith("-1234.jsa"));
        }

        ClassArchive second = ClassArchive.forCommand("search", List.of(jar), cache).orElseThrow();
        assertThat(second.records()).isFalse();
        assertThat(second.options()).contains("-Xlog:cds=off").last().asString().startsWith("-XX:SharedArchiveFile=");
        assertThat(ClassArchive.forCommand("index", List.of(jar), cache).orElseThrow().records())
                .as("each command has its own").isTrue();
    }

    @Test
    void aCutArchiveAFailedRunAndAnotherJarAreNotUsed(@TempDir Path tmp) throws IOException {
        Path jar = Files.writeString(tmp.resolve("kasten.jar"), "v1");
        Path cache = tmp.resolve("cache");
        record(jar, cache, 100);
        Path archive;
        try (var archives = Files.list(cache.resolve("cds"))) {
            archive = archives.findFirst().orElseThrow();
        }
        Files.write(archive, new byte[50]); // the JVM would crash on it
        assertThat(ClassArchive.forCommand("search", List.of(jar), cache).orElseThrow().records()).isTrue();

        ClassArchive failed = ClassArchive.forCommand("search", List.of(jar), cache).orElseThrow();
        String option = failed.options().get(failed.options().size() - 1);
        Path recording = Path.of(option.substring(option.indexOf('=') + 1));
        Files.write(recording, new byte[10]);
        failed.finish(1);
        assertThat(recording).as("a run that failed may have left half an archive").doesNotExist();

        Files.delete(archive);
        record(jar, cache, 100);
        Files.writeString(jar, "v2, rebuilt");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertThat(ClassArchive.forCommand("search", List.of(jar), cache).orElseThrow().records()).isTrue();
        record(jar, cache, 200);
        try (var archives = Files.list(cache.resolve("cds"))) {
            assertThat(archives.map(p -> p.getFileName().toString()).toList()).as("the old jar's archive is gone")
                    .singleElement().satisfies(name -> assertThat(name).endsWith("-200.jsa"));
        }
    }

    @Test
    void onlyAClassPathOfJarsCanBeArchived(@TempDir Path tmp) throws IOException {
        Path jar = Files.writeString(tmp.resolve("a.jar"), "x");
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        assertThat(ClassArchive.forCommand("search", List.of(jar, classes), tmp.resolve("cache"))).isEmpty();
        assertThat(ClassArchive.forCommand("search", List.of(tmp.resolve("missing.jar")), tmp.resolve("cache"))).isEmpty();
        assertThat(ClassArchive.forCommand("search", List.of(), tmp.resolve("cache"))).isEmpty();
        Path file = Files.writeString(tmp.resolve("file"), "a file where the cache folder should be");
        assertThat(ClassArchive.forCommand("search", List.of(jar), file)).isEmpty();
    }

    private static void record(Path jar, Path cache, int size) throws IOException {
        ClassArchive archive = ClassArchive.forCommand("search", List.of(jar), cache).orElseThrow();
        String option = archive.options().get(archive.options().size() - 1);
        Files.write(Path.of(option.substring(option.indexOf('=') + 1)), new byte[size]);
        archive.finish(0);
    }
}
