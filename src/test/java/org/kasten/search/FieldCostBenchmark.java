package org.kasten.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.DataOutput;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kasten.bench.VaultGenerator;
import org.kasten.note.Note;
import org.kasten.note.Progress;
import org.kasten.vault.VaultLoader;

/**
 * What parts of a note's document cost to index: the notes' documents as built, and without the {@link
 * NoteFields#EXACT} field, with it but without its positions, without the body's offsets, without both, and as
 * built but added instead of updated by path (what a first build could do, as no note is in the index yet), and one
 * word field instead of two (the text's unstemmed words with offsets, the body only stored: the upper bound of
 * serving stemmed queries from the exact words), as built with a smaller indexing buffer (64, 32, 16 MB), with stored
 * fields uncompressed, and with the text's lead analysed again for the headings (before session 18),
 * indexed into memory on two threads as a first build does (no merges), variants alternating in one JVM after a warm-up round. Prints
 * the process CPU time and wall time of each. Figures for weighing schema choices (docs/performance.md, "Issue 16:
 * cold open", sessions 10 and 12; "cold index", sessions 16 and 18); the variants would change answers (phrases use the exact field's positions;
 * prefixes, regexes and spelling fixes its words), so none is used.
 * Run in the app's JVM: {@code ./mvnw -o -Pbenchmark verify -Dtest=FieldCostBenchmark
 * -Dkasten.bench.vault=/tmp/vaults/v6500 -Dbench.jvm="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"}.
 * Asserts nothing about time.
 */
@Tag("benchmark")
class FieldCostBenchmark {

    private static final FieldType BODY_WITHOUT_OFFSETS = new FieldType(TextField.TYPE_STORED);
    private static final FieldType EXACT_WITHOUT_POSITIONS = new FieldType(TextField.TYPE_NOT_STORED);
    private static final FieldType EXACT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY_WITHOUT_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        BODY_WITHOUT_OFFSETS.freeze();
        EXACT_WITHOUT_POSITIONS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        EXACT_WITHOUT_POSITIONS.freeze();
        EXACT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        EXACT_WITH_OFFSETS.freeze();
    }

    private record Variant(String name, UnaryOperator<Document> change, boolean add, Analyzer analyzer, double bufferMB,
            Codec codec) {
        Variant(String name, UnaryOperator<Document> change) {
            this(name, change, false, NoteAnalyzers.perField(), 256, Codec.getDefault());
        }

        Variant(String name, UnaryOperator<Document> change, boolean add) {
            this(name, change, add, NoteAnalyzers.perField(), 256, Codec.getDefault());
        }

        Variant(String name, UnaryOperator<Document> change, boolean add, Analyzer analyzer) {
            this(name, change, add, analyzer, 256, Codec.getDefault());
        }

        /** As built, with an indexing buffer of {@code bufferMB} instead of 256 MB. */
        Variant(String name, double bufferMB) {
            this(name, d -> d, false, NoteAnalyzers.perField(), bufferMB, Codec.getDefault());
        }

        /** As built, written with {@code codec}. */
        Variant(String name, Codec codec) {
            this(name, d -> d, false, NoteAnalyzers.perField(), 256, codec);
        }
    }

    /**
     * The default codec with stored fields kept as they are, without LZ4: what compressing the stored text costs
     * (written only: a reader would need the codec registered).
     */
    private static Codec storedUncompressed() {
        CompressionMode raw = new CompressionMode() {
            @Override
            public Compressor newCompressor() {
                return new Compressor() {
                    @Override
                    public void compress(ByteBuffersDataInput buffersInput, DataOutput out) throws IOException {
                        out.copyBytes(buffersInput, buffersInput.length());
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public Decompressor newDecompressor() {
                throw new UnsupportedOperationException("written only");
            }
        };
        StoredFieldsFormat format = new Lucene90CompressingStoredFieldsFormat("KastenRawStoredFields", raw, 80 * 1024, 1024, 10);
        return new FilterCodec("KastenRaw", Codec.getDefault()) {
            @Override
            public StoredFieldsFormat storedFieldsFormat() {
                return format;
            }
        };
    }

    /** The index's analyzer before session 15: every stemmed field but the body through the whole chain, word by word. */
    private static Analyzer unremembered() {
        Analyzer exact = NoteAnalyzers.exact();
        return new PerFieldAnalyzerWrapper(NoteAnalyzers.stemmed(), Map.of(NoteFields.EXACT, exact, NoteFields.TITLE_EXACT, exact));
    }

    @Test
    void whatEachPartOfTheDocumentCosts() throws Exception {
        String given = System.getProperty("kasten.bench.vault", "");
        Path vault = given.isBlank() ? VaultGenerator.vaultWith(6_500) : Path.of(given);
        List<Note> notes = new VaultLoader().load(vault, Progress.NONE).notes();
        System.out.println(vault + ": " + notes.size() + " notes");
        List<Variant> variants = List.of(
                new Variant("as built", d -> d),
                new Variant("exact without positions", FieldCostBenchmark::exactWithoutPositions),
                new Variant("without the exact field", FieldCostBenchmark::withoutExact),
                new Variant("body without offsets", FieldCostBenchmark::bodyWithoutOffsets),
                new Variant("both", d -> bodyWithoutOffsets(withoutExact(d))),
                new Variant("added, not updated", d -> d, true),
                new Variant("stemmed fields unremembered", d -> d, false, unremembered()),
                new Variant("one word field", FieldCostBenchmark::oneWordField),
                new Variant("buffer 64 MB", 64),
                new Variant("buffer 32 MB", 32),
                new Variant("buffer 16 MB", 16),
                new Variant("stored uncompressed", storedUncompressed()),
                new Variant("lead analysed again", LeadWordsIndexTest::leadAsAString));
        String only = System.getProperty("kasten.bench.variants", "");
        if (!only.isBlank()) { // e.g. "as built,stemmed fields unremembered"
            List<String> names = List.of(only.split(","));
            variants = variants.stream().filter(v -> names.contains(v.name())).toList();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int rounds = Integer.getInteger("kasten.bench.rounds", 2);
        for (int round = 0; round <= rounds; round++) {
            for (Variant variant : variants) {
                System.gc();
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                index(notes, variant);
                System.out.printf("%-8s %-26s cpu %6d ms  wall %6d ms%n", round == 0 ? "warm-up" : "round " + round,
                        variant.name(), (os.getProcessCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
            }
        }
    }

    private static void index(List<Note> notes, Variant variant) throws Exception {
        UnaryOperator<Document> change = variant.change();
        boolean add = variant.add();
        IndexWriterConfig config = new IndexWriterConfig(variant.analyzer());
        config.setRAMBufferSizeMB(variant.bufferMB());
        config.setCodec(variant.codec());
        config.setUseCompoundFile(false);
        config.setMergePolicy(NoMergePolicy.INSTANCE); // as a first build writes (NoteWrites.pauseMerges)
        try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
            notes.parallelStream().forEach(note -> {
                try {
                    Document doc = change.apply(NoteDocuments.toDocument(note, "", 0, warning -> { }));
                    if (add) {
                        writer.addDocument(doc);
                    } else {
                        writer.updateDocument(new Term(NoteFields.PATH, note.path().value()), doc);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.commit();
        }
    }

    private static Document withoutExact(Document doc) {
        doc.removeFields(NoteFields.EXACT);
        return doc;
    }

    /** The exact field with documents, frequencies and norms only: what its positions cost. */
    private static Document exactWithoutPositions(Document doc) {
        Field exact = (Field) doc.getField(NoteFields.EXACT);
        Field plain = new Field(NoteFields.EXACT, exact.tokenStreamValue(), EXACT_WITHOUT_POSITIONS);
        doc.removeFields(NoteFields.EXACT);
        doc.add(plain);
        return doc;
    }

    /**
     * The upper bound of one word field instead of two: the body's stemmed words not indexed (its text still
     * stored), the exact field's words indexed with the offsets snippets need. Leaves out what that design adds
     * (a stem-to-words table per segment).
     */
    private static Document oneWordField(Document doc) {
        Field body = (Field) doc.getField(NoteFields.BODY);
        Field exact = (Field) doc.getField(NoteFields.EXACT);
        Field words = new Field(NoteFields.EXACT, exact.tokenStreamValue(), EXACT_WITH_OFFSETS);
        String text = body.stringValue();
        doc.removeFields(NoteFields.BODY);
        doc.removeFields(NoteFields.EXACT);
        doc.add(new StoredField(NoteFields.BODY, text));
        doc.add(words);
        return doc;
    }

    private static Document bodyWithoutOffsets(Document doc) {
        Field body = (Field) doc.getField(NoteFields.BODY);
        Field plain = new Field(NoteFields.BODY, body.stringValue(), BODY_WITHOUT_OFFSETS);
        plain.setTokenStream(body.tokenStreamValue());
        doc.removeFields(NoteFields.BODY);
        doc.add(plain);
        return doc;
    }
}
