package org.kasten.note;

import java.util.List;

/** A concept that is linked but has no note (or a missing attachment): its name and who links to it. */
public record Ghost(String name, List<ResolvedLink> backlinks) {

    public Ghost {
        backlinks = List.copyOf(backlinks);
    }

    /** The distinct source notes that link here, sorted. */
    public List<NotePath> sources() {
        return backlinks.stream().map(ResolvedLink::source).distinct().sorted().toList();
    }
}
