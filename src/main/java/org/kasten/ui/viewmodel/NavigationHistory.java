package org.kasten.ui.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** A browser-like history of one tab: visiting drops the forward part; back and forward move a cursor. */
public final class NavigationHistory {

    private final List<Location> entries = new ArrayList<>();
    private int cursor = -1;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();

    /** Records a visit; visiting the current place again is not a new entry. */
    public void visit(Location location) {
        if (cursor >= 0 && entries.get(cursor).equals(location)) {
            return;
        }
        entries.subList(cursor + 1, entries.size()).clear();
        entries.add(location);
        cursor = entries.size() - 1;
        update();
    }

    /** Moves back and returns the place to show, if any. */
    public Optional<Location> back() {
        if (cursor <= 0) {
            return Optional.empty();
        }
        cursor--;
        update();
        return Optional.of(entries.get(cursor));
    }

    /** Moves forward and returns the place to show, if any. */
    public Optional<Location> forward() {
        if (cursor >= entries.size() - 1) {
            return Optional.empty();
        }
        cursor++;
        update();
        return Optional.of(entries.get(cursor));
    }

    /** The place shown now. */
    public Optional<Location> current() {
        return cursor < 0 ? Optional.empty() : Optional.of(entries.get(cursor));
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private void update() {
        canGoBack.set(cursor > 0);
        canGoForward.set(cursor < entries.size() - 1);
    }
}
