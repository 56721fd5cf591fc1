package org.kasten.ui.viewmodel;

/**
 * One row of a side panel (a backlink, an outgoing link, a related note ...).
 *
 * @param label  what the row shows first (a title)
 * @param detail a second line (context, path or score), may be empty
 * @param target where clicking it leads
 * @param ghost  true when the target is a concept without a note
 */
public record PanelItem(String label, String detail, Location target, boolean ghost) {
}
