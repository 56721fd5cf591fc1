package org.kasten.ui.view;

import javafx.scene.Node;

/**
 * Moves the keyboard focus between the main window's three regions (left sidebar, note, right sidebar) and to
 * the panels a shortcut names. Kept apart from {@link MainWindow}, which assembles the regions: this class only
 * decides where the focus goes. Asking builds the sidebars if the first page has not come yet.
 */
final class WindowFocus {

    private final MainWindow window;

    WindowFocus(MainWindow window) {
        this.window = window;
    }

    /** Puts the keyboard focus in the search field. */
    void search() {
        window.left().focusSearch();
    }

    /** Shows a left-sidebar tab (see {@link LeftSidebar#focus}) and puts the keyboard focus in it. */
    void left(int index) {
        window.left().focus(index);
    }

    /** Shows the right sidebar's Backlinks tab and puts the keyboard focus in its list. */
    void backlinks() {
        window.right().focusBacklinks();
    }

    /** Moves the keyboard focus to the next region (left sidebar, note, right sidebar), or back with -1. */
    void cycle(int step) {
        LeftSidebar left = window.left();
        RightSidebar right = window.right();
        Node owner = window.getScene() == null ? null : window.getScene().getFocusOwner();
        int now = owner == null ? 1 : isInside(owner, left) ? 0 : isInside(owner, right) ? 2 : 1;
        int next = Math.floorMod(now + step, 3);
        if (next == 0) {
            left.focusSelected();
        } else if (next == 1) {
            NoteTabs noteTabs = window.noteTabs();
            NoteTab tab = noteTabs.current();
            if (tab != null) {
                tab.web().requestFocus();
            } else {
                noteTabs.requestFocus();
            }
        } else {
            right.focusSelectedPanel();
        }
    }

    private static boolean isInside(Node node, Node region) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == region) {
                return true;
            }
        }
        return false;
    }
}
