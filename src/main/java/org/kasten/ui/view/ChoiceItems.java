package org.kasten.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.CheckMenuItem;

/**
 * The check items of a graph filter's choices (tags, folders), for the global graph's menus and the local graph's
 * compact one alike: the chosen ones first, then the others offered; ticking or unticking one hands the new
 * choice to {@code changed}.
 */
final class ChoiceItems {

    private ChoiceItems() {
    }

    static List<CheckMenuItem> of(String prefix, List<String> offered, List<String> chosen,
                                  Consumer<List<String>> changed) {
        List<String> all = new ArrayList<>(chosen);
        offered.stream().filter(c -> !all.contains(c)).forEach(all::add);
        List<CheckMenuItem> items = new ArrayList<>();
        for (String choice : all) {
            CheckMenuItem item = new CheckMenuItem(prefix + choice);
            item.setSelected(chosen.contains(choice));
            item.setOnAction(e -> {
                List<String> next = new ArrayList<>(chosen);
                if (item.isSelected()) {
                    next.add(choice);
                } else {
                    next.remove(choice);
                }
                changed.accept(next);
            });
            items.add(item);
        }
        return items;
    }
}
