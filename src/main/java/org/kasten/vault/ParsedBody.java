package org.kasten.vault;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kasten.note.BlockId;
import org.kasten.note.Heading;
import org.kasten.note.Link;

/** What a body scanner collects from one note body, in order of appearance. */
final class ParsedBody {
    final List<Heading> headings = new ArrayList<>();
    final List<BlockId> blocks = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final Set<String> tags = new LinkedHashSet<>();
    String firstHeading;
    String plainText = "";
    /** Links left out because the note had too many (see {@link MarkdownScanner#MAX_LINKS}). */
    int droppedLinks;
}
