package org.kasten.render;

import org.kasten.note.Resolution;

/**
 * Where one link of a page leads, ready for HTML.
 *
 * @param kind       what the target is
 * @param url        the href: a {@code kasten://} URL, a {@code #anchor}, a {@code file:} URL or an external URL;
 *                   empty for a URL that is not allowed
 * @param cssClass   the link's class: internal, ghost, external, attachment or blocked
 * @param page       the page part as written (decoded), "" for a same-note link
 * @param anchor     the anchor as written (after the first {@code #}), or null
 * @param resolution the graph's answer for local targets, else null
 */
record LinkTarget(Kind kind, String url, String cssClass, String page, String anchor, Resolution resolution) {

    /** What a link leads to. */
    enum Kind {
        NOTE, SAME_NOTE, ATTACHMENT, GHOST, EXTERNAL, BLOCKED
    }
}
