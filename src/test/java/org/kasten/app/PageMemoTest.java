package org.kasten.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasten.note.NotePath;
import org.kasten.note.Progress;

/** Recent pages are kept within a character budget, least recently used out first, per theme. */
class PageMemoTest {

    @Test
    void aKeptPageIsNotRenderedAgain() {
        PageMemo memo = new PageMemo(100);
        AtomicInteger renders = new AtomicInteger();
        assertThat(memo.get("a", () -> "page-" + renders.incrementAndGet())).isEqualTo("page-1");
        assertThat(memo.get("a", () -> "page-" + renders.incrementAndGet())).isEqualTo("page-1");
        assertThat(renders).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedPagesGoWhenTheBudgetIsExceeded() {
        PageMemo memo = new PageMemo(10);
        memo.get("a", () -> "aaaa");
        memo.get("b", () -> "bbbb");
        memo.get("a", () -> "never");          // a is now the most recent
        memo.get("c", () -> "cccc");           // 12 characters: b must go
        assertThat(memo.size()).isEqualTo(2);
        assertThat(memo.get("a", () -> "again")).isEqualTo("aaaa");
        assertThat(memo.get("b", () -> "bbbb2")).isEqualTo("bbbb2");
    }

    @Test
    void aPageBeingRenderedIsWaitedForNotRenderedTwice() throws Exception {
        PageMemo memo = new PageMemo(100);
        AtomicInteger renders = new AtomicInteger();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<String> first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> memo.get("a", () -> {
                    renders.incrementAndGet();
                    started.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return "slow page";
                }));
        started.await();
        java.util.concurrent.CompletableFuture<String> second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> memo.get("a", () -> "rendered again " + renders.incrementAndGet()));
        Thread.sleep(50); // the second caller is now waiting for the first render
        release.countDown();
        assertThat(second.get()).isEqualTo("slow page");
        assertThat(first.get()).isEqualTo("slow page");
        assertThat(renders).hasValue(1);
    }

    @Test
    void aFailedRenderIsNotKeptAndCanBeTriedAgain() {
        PageMemo memo = new PageMemo(100);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> memo.get("a", () -> {
            throw new IllegalArgumentException("no note a");
        })).hasMessage("no note a");
        assertThat(memo.get("a", () -> "now it works")).isEqualTo("now it works");
    }

    @Test
    void aPageLargerThanTheBudgetIsReturnedButNotKept() {
        PageMemo memo = new PageMemo(3);
        assertThat(memo.get("big", () -> "12345")).isEqualTo("12345");
        assertThat(memo.size()).isZero();
    }

    @Test
    void theWorkspaceKeepsPagesPerTheme(@TempDir Path vault) throws Exception {
        Files.writeString(vault.resolve("A.md"), "# A\n\nText.\n");
        try (Workspace workspace = Workspace.open(vault, Progress.NONE)) {
            String light = workspace.renderHtml(NotePath.of("A.md"));
            workspace.setTheme("dark");
            String dark = workspace.renderHtml(NotePath.of("A.md"));
            workspace.setTheme("light");
            assertThat(Jsoup.parse(light).select("html").hasClass("theme-light")).isTrue();
            assertThat(Jsoup.parse(dark).select("html").hasClass("theme-dark")).isTrue();
            assertThat(workspace.renderHtml(NotePath.of("A.md"))).isSameAs(light);
        }
    }
}
