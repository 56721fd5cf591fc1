package org.kasten.ui.viewmodel;

import java.time.ZoneId;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.kasten.app.StartupTimer;
import org.kasten.app.Workspace;

/**
 * One open tab: its history and the content of the place it shows. Content is built on the background
 * executor and published on the UI executor; a slower, older build never overwrites a newer one.
 */
public final class TabViewModel {

    private final NavigationHistory history = new NavigationHistory();
    private final ReadOnlyObjectWrapper<PageContent> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Supplier<Workspace> workspace;
    private final Executor background;
    /** The lane of the slow panels, shared by the tabs of a window ({@link SerialLane}). */
    private final Executor slow;
    private final Executor ui;
    private final AtomicLong generation = new AtomicLong();
    /** The {@link #generation} of the page in {@link #content} (set on the UI thread). */
    private volatile long shownGeneration = -1;
    private final StartupTimer timer;

    /** A tab whose first rendered page is a start-up milestone of {@code timer}. */
    public TabViewModel(Supplier<Workspace> workspace, Executor background, Executor ui, StartupTimer timer) {
        this(workspace, background, new SerialLane(background), ui, timer);
    }

    /** As above; the slow panels run on {@code slow} (one lane for all tabs: {@link Tabs}). */
    TabViewModel(Supplier<Workspace> workspace, Executor background, Executor slow, Executor ui, StartupTimer timer) {
        this.workspace = workspace;
        this.background = background;
        this.slow = slow;
        this.ui = ui;
        this.timer = timer;
    }

    /** Shows {@code location} and records it in the history. */
    public void open(Location location) {
        history.visit(location);
        show(location);
    }

    /** Goes back in this tab's history; false when there is nothing before. */
    public boolean back() {
        return history.back().map(this::showReturning).orElse(false);
    }

    /** Goes forward in this tab's history; false when there is nothing after. */
    public boolean forward() {
        return history.forward().map(this::showReturning).orElse(false);
    }

    /** Rebuilds the current page (after the vault changed), keeping the place. */
    public void refresh() {
        history.current().ifPresent(this::show);
    }

    public NavigationHistory history() {
        return history;
    }

    /** The place shown now, or null before anything was opened. */
    public Location location() {
        return history.current().orElse(null);
    }

    public ReadOnlyObjectProperty<PageContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    public PageContent getContent() {
        return content.get();
    }

    /** True while a page is being built. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private boolean showReturning(Location location) {
        show(location);
        return true;
    }

    private void show(Location location) {
        long mine = generation.incrementAndGet();
        busy.set(true);
        Workspace ws = workspace.get();
        if (ws == null) {
            return;
        }
        background.execute(() -> {
            PageBuilder builder = new PageBuilder(ws, ZoneId.systemDefault());
            PageContent page = safely(() -> builder.page(location), location);
            timer.markOnce("first-page-rendered");
            publish(mine, page, false);
            PageContent withGraph = safely(() -> builder.graphPanel(page), location);
            publish(mine, withGraph, false);
            // the slow panels (a large vault's first mentions question) as a task of their own, behind what was
            // asked meanwhile (the vault's trees after a change on disk), one such task at a time for all tabs, and
            // not at all once another page is asked
            slow.execute(() -> {
                if (generation.get() == mine) {
                    publish(mine, safely(() -> builder.panels(withGraph), location), true);
                }
            });
        });
    }

    /** The tab was closed: what is still queued for it is not built. */
    void closed() {
        generation.incrementAndGet();
    }

    /** Recomputes the slower panels of the shown page (when the search index becomes ready), not the page. */
    public void refreshPanels() {
        PageContent page = content.get();
        Workspace ws = workspace.get();
        if (page == null || ws == null) {
            return;
        }
        long mine = generation.get();
        if (shownGeneration != mine) {
            // another page was asked for and is on its way: its own panels are made after it, with the index as it
            // is then; these, made for the page shown and published under the new page's generation, put the old
            // page back in its place
            return;
        }
        slow.execute(() -> {
            if (generation.get() == mine) { // not when another page was asked for meanwhile
                publish(mine, safely(() -> new PageBuilder(ws, ZoneId.systemDefault()).panels(page), page.location()), true);
            }
        });
    }

    private void publish(long mine, PageContent page, boolean done) {
        ui.execute(() -> {
            if (generation.get() == mine) {
                shownGeneration = mine;
                content.set(page);
                if (done) {
                    busy.set(false);
                }
            }
        });
    }

    private static PageContent safely(Supplier<PageContent> work, Location location) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            return PageContent.missing(location, "This page cannot be shown: " + e.getMessage());
        }
    }
}
