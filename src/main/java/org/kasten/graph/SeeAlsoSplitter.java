package org.kasten.graph;

import java.util.ArrayList;
import java.util.List;

import org.kasten.note.Link;
import org.kasten.note.NotePath;

/**
 * Splits a bare "See also" entry ({@code Scaling Laws, Pretraining, Bitter Lesson}) into the concepts it
 * names. The whole text resolving to a note wins; else, when every comma-separated part resolves, one
 * concept per part; else, when a part starts with a lower-case word ({@code …, and the Future of Education})
 * the text is one title with commas and stays whole; else one concept per part.
 */
final class SeeAlsoSplitter {

    private SeeAlsoSplitter() {
    }

    /** The concepts of one SEE_ALSO link: the link itself, or one derived link per part. */
    static List<Link> split(Link link, NotePath source, TargetResolver resolver) {
        String text = link.target();
        if (text.indexOf(',') < 0 || resolver.resolve(text, source, false).resolved()) {
            return List.of(link);
        }
        List<Link> parts = parts(link);
        if (parts.size() < 2) {
            return List.of(link);
        }
        boolean allResolve = parts.stream().allMatch(p -> resolver.resolve(p.target(), source, false).resolved());
        if (!allResolve && parts.stream().anyMatch(p -> startsWithLowerCase(p.target()))) {
            return List.of(link);
        }
        return parts;
    }

    private static List<Link> parts(Link link) {
        String text = link.target();
        List<Link> parts = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String raw = text.substring(start, end);
            String part = raw.strip();
            if (!part.isEmpty()) {
                int offset = start + raw.indexOf(part);
                parts.add(new Link(part, null, part, link.kind(), link.line(), link.column() + offset,
                        link.context(), link.seeAlso()));
            }
            start = end + 1;
        }
        return parts;
    }

    private static boolean startsWithLowerCase(String part) {
        return Character.isLowerCase(part.codePointAt(0));
    }
}
