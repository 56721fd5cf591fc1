package org.kasten.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * The terms of one query looked up in a reader: each term once, with each field's terms enumeration of a segment
 * opened once and reused for every word (opening one allocates more than a look-up costs). Not thread-safe:
 * one per translation.
 */
final class TermLookup {

    private final IndexReader reader;
    private final Map<String, TermsEnum[]> enums = new HashMap<>();
    private final Map<Term, TermStates> found = new HashMap<>();

    TermLookup(IndexReader reader) {
        this.reader = reader;
    }

    IndexReader reader() {
        return reader;
    }

    /**
     * The term's state in every segment that has it, with its statistics: what {@link TermStates#build} gives
     * (and a term query given it does not look the term up again), without that method's task per segment.
     */
    TermStates states(Term term) throws IOException {
        TermStates states = found.get(term);
        if (states != null) {
            return states;
        }
        states = new TermStates(reader.getContext());
        List<LeafReaderContext> leaves = reader.leaves();
        TermsEnum[] perLeaf = enums.get(term.field());
        if (perLeaf == null) {
            perLeaf = new TermsEnum[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                Terms terms = leaf.reader().terms(term.field());
                perLeaf[leaf.ord] = terms == null ? null : terms.iterator();
            }
            enums.put(term.field(), perLeaf);
        }
        for (LeafReaderContext leaf : leaves) {
            TermsEnum termsEnum = perLeaf[leaf.ord];
            if (termsEnum != null && termsEnum.seekExact(term.bytes())) {
                states.register(termsEnum.termState(), leaf.ord, termsEnum.docFreq(), termsEnum.totalTermFreq());
            }
        }
        found.put(term, states);
        return states;
    }

    /** The number of notes whose field has the term. */
    int docFreq(Term term) throws IOException {
        return states(term).docFreq();
    }
}
