package org.kasten.ui.view;

import java.util.function.BiConsumer;

import javafx.collections.ListChangeListener;

import org.kasten.note.Warning;
import org.kasten.ui.viewmodel.Location;
import org.kasten.ui.viewmodel.MainViewModel;
import org.kasten.ui.viewmodel.PanelItem;

/** The Problems tab: every warning of the vault (bad YAML, repaired encodings, broken links); a click opens the note. */
final class ProblemsPane extends PanelList {

    ProblemsPane(MainViewModel main, BiConsumer<Location, Boolean> open) {
        super("No problems found.", open);
        main.warnings().addListener((ListChangeListener<Warning>) c -> show(main));
        show(main); // built when the window first shows its sidebars: the vault's warnings may be there already
    }

    private void show(MainViewModel main) {
        getItems().setAll(main.warnings().stream()
                .map(w -> new PanelItem(w.path().value() + (w.line() > 0 ? ":" + w.line() : ""), w.message(),
                        Location.note(w.path()), false)).toList());
    }
}
