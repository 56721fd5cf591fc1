package org.kasten.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.kasten.note.Note;
import org.kasten.note.Progress;
import org.kasten.testing.SharedFolders;
import org.kasten.vault.VaultLoader;

/**
 * The headings field of a note's document, whose text's lead is played from the words split once for the body
 * ({@link FoldedWords#leadBody}), is indexed exactly as the lead given as a string and analysed again was: the
 * same terms, frequencies, positions and lengths (norms), so every score that reads it is the same.
 */
class LeadWordsIndexTest {

    @Test
    void theBundledNotesHeadingsAreIndexedAsTheLeadAnalysedAgainWouldBe() throws IOException {
        assertSameHeadings(Path.of("notes"), 10);
    }

    @Test
    void theSharedCorporaHeadingsAreIndexedAsTheLeadAnalysedAgainWouldBe() throws IOException {
        assertSameHeadings(SharedFolders.require("corpora"), 100);
    }

    private static void assertSameHeadings(Path vault, int atLeast) throws IOException {
        List<Note> notes = new VaultLoader().load(vault, Progress.NONE).notes();
        assertThat(notes).hasSizeGreaterThan(atLeast);
        long played = notes.stream().map(n -> n.plainText() == null ? "" : n.plainText())
                .filter(t -> NoteDocuments.leadEnd(t) == t.length() || t.charAt(NoteDocuments.leadEnd(t)) == ' ').count();
        assertThat(played).as("notes whose lead is played").isGreaterThan(atLeast);
        assertThat(headings(notes, d -> d)).isEqualTo(headings(notes, LeadWordsIndexTest::leadAsAString));
    }

    /** The document as it was made before the lead was played: the lead a string, analysed by the field's chain. */
    static Document leadAsAString(Document doc) {
        List<IndexableField> headings = new ArrayList<>(List.of(doc.getFields(NoteFields.HEADINGS)));
        String text = doc.get(NoteFields.BODY);
        doc.removeFields(NoteFields.HEADINGS);
        for (IndexableField field : headings) {
            boolean lead = field instanceof Field f && f.tokenStreamValue() != null && f.stringValue() == null;
            doc.add(lead ? new TextField(NoteFields.HEADINGS, NoteDocuments.lead(text), Field.Store.NO) : field);
        }
        return doc;
    }

    /** Every term of the headings field with its documents, frequencies and positions, and every document's norm. */
    private static List<String> headings(List<Note> notes, UnaryOperator<Document> change) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(NoteAnalyzers.perField()))) {
            for (Note note : notes) { // one thread, in order: the same document numbers both times
                writer.addDocument(change.apply(NoteDocuments.toDocument(note)));
            }
        }
        List<String> out = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSize(1);
            LeafReader leaf = reader.leaves().get(0).reader();
            Terms terms = leaf.terms(NoteFields.HEADINGS);
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                StringBuilder line = new StringBuilder(term.utf8ToString());
                PostingsEnum postings = each.postings(null, PostingsEnum.POSITIONS);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    line.append(' ').append(doc).append(':');
                    for (int i = 0; i < postings.freq(); i++) {
                        line.append(postings.nextPosition()).append(',');
                    }
                }
                out.add(line.toString());
            }
            NumericDocValues norms = leaf.getNormValues(NoteFields.HEADINGS);
            for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                out.add("norm " + doc + " " + norms.longValue());
            }
        }
        assertThat(out).hasSizeGreaterThan(notes.size());
        return out;
    }
}
