package org.kasten.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * The flexmark options every parser of notes starts from, so that the renderer and the vault's reference
 * parser (the oracle its hand-written scanner is tested against) find links in the same places: tables (links
 * live in cells) and Obsidian wiki-links ({@code [[page#anchor|text]]}, {@code \|} inside tables), and Markdown
 * link URLs with spaces ({@code [text](<a note.md>)} and {@code [text](a note.md)}, which Obsidian writes).
 */
public final class FlexmarkOptions {

    private FlexmarkOptions() {
    }

    /** The shared options with these extensions added to the shared ones (tables, wiki-links). */
    public static MutableDataSet with(Extension... more) {
        List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), WikiLinkExtension.create()));
        extensions.addAll(List.of(more));
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions);
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(WikiLinkExtension.ALLOW_PIPE_ESCAPE, true);
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        return options;
    }
}
