package org.kasten.ui.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.app.Workspace;
import org.kasten.note.Note;
import org.kasten.note.NotePath;

class NoteLookupsTest {

    @TempDir Path dir;

    @Test
    void theHomeNoteIsTheShallowestHomeNameThenTheEarlierNameThenTheFirstPath() throws Exception {
        write("z/Home.md", "# deep Home");
        write("a/b/Home.md", "# deeper Home");
        write("y/README.md", "# README");
        write("Y/home.md", "# Home by another case, first by path");
        assertThat(home()).contains(NotePath.of("Y/home.md"));

        write("Start here.md", "# at the top level");
        assertThat(home()).contains(NotePath.of("Start here.md"));
        write("index.markdown", "# index");
        assertThat(home()).contains(NotePath.of("index.markdown"));
        write("README.txt", "# readme");
        assertThat(home()).contains(NotePath.of("README.txt"));
        write("Welcome.txt", "# welcome");
        assertThat(home()).contains(NotePath.of("Welcome.txt"));
        write("HOME.md", "# Home, any case");
        assertThat(home()).contains(NotePath.of("HOME.md"));
    }

    @Test
    void withoutAHomeNameTheTopLevelNoteWithTheMostLinksElseTheOneAnywhere() throws Exception {
        write("deep/Hub.md", "[[A]] [[B]] [[C]]");
        write("deep/Homes.md", "a name that only starts like one");
        write("deep/Home page.md", "a name that only starts like one");
        assertThat(home()).contains(NotePath.of("deep/Hub.md"));
        write("Top.md", "[[A]]");
        write("Other.md", "no links");
        assertThat(home()).contains(NotePath.of("Top.md"));
    }

    @Test
    void theRankReadsTheFileNameAsNotePathNameDoes() {
        for (String path : new String[] {"Home.md", "a/Home.md", "a.b/Home", "a/home.MD", "a/Home.tar.md", "a/.Home",
                "a/Homes.md", "Home.md/x.md", "Start here.md", "a/index", "a/Index.md.bak", "README.", ".md"}) {
            int rank = NoteLookups.homeRank(path);
            String name = NotePath.of(path).name();
            int expected = -1;
            for (int i = 0; i < 5 && expected < 0; i++) {
                if (new String[] {"Home", "Welcome", "README", "index", "Start here"}[i].equalsIgnoreCase(name)) {
                    expected = i;
                }
            }
            assertThat(rank).as(path).isEqualTo(expected);
        }
    }

    private Optional<NotePath> home() throws Exception {
        try (Workspace ws = Workspace.open(dir, (done, total, message) -> { })) {
            return NoteLookups.home(ws).map(Note::path);
        }
    }

    private void write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
