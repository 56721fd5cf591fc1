package org.kasten.ui.viewmodel;

import java.util.List;
import java.util.Map;

import org.kasten.note.HtmlText;
import org.kasten.note.Heading;

/**
 * Everything one tab shows for one place, computed together off the FX thread.
 *
 * @param location   what is shown
 * @param title      the note's title or the ghost's name
 * @param pathText   vault-relative path ("" for a ghost)
 * @param modified   last modified, readable ("" for a ghost)
 * @param aliases    the note's aliases
 * @param tags       the note's tags
 * @param html       the page (whole document or body fragment)
 * @param backlinks  links to this page, one row per link, ordered by source
 * @param mentions   unlinked mentions
 * @param outgoing   this note's links (ghosts marked)
 * @param seeAlso    the "See also" entries
 * @param outline    the headings
 * @param properties frontmatter, values rendered as text
 * @param related    related notes
 * @param graph      the page and its neighbours up to depth 2
 * @param complete   whether the slower panels (unlinked mentions, related notes) have been computed: until
 *                   then their empty lists mean "not known yet", not "none"
 */
public record PageContent(Location location, String title, String pathText, String modified,
                          List<String> aliases, List<String> tags, String html,
                          List<PanelItem> backlinks, List<PanelItem> mentions, List<PanelItem> outgoing,
                          List<PanelItem> seeAlso, List<Heading> outline, Map<String, String> properties,
                          List<PanelItem> related, LocalGraph graph, boolean complete) {

    /** This page with its local graph; the slower panels still to come. */
    public PageContent withGraph(LocalGraph graph) {
        return new PageContent(location, title, pathText, modified, aliases, tags, html, backlinks, mentions,
                outgoing, seeAlso, outline, properties, related, graph, false);
    }

    /** This page with every panel filled in. */
    public PageContent withPanels(List<PanelItem> mentions, List<PanelItem> related, LocalGraph graph) {
        return new PageContent(location, title, pathText, modified, aliases, tags, html, backlinks, mentions,
                outgoing, seeAlso, outline, properties, related, graph, true);
    }

    /** A page saying that the place could not be found. */
    public static PageContent missing(Location location, String message) {
        String name = location.isGhost() ? location.ghost() : location.path().value();
        return new PageContent(location, name, "", "", List.of(), List.of(),
                "<h1>" + HtmlText.escape(name) + "</h1><p>" + HtmlText.escape(message) + "</p>",
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), LocalGraph.EMPTY, true);
    }
}
