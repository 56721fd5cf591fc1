package org.kasten.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.kasten.note.Heading;
import org.kasten.note.Link;
import org.kasten.note.Note;

/** Turns a {@link Note} into its Lucene document, following {@link NoteFields}. */
final class NoteDocuments {

    /** Facet values longer than this are not facets (they are sentences, not categories). */
    private static final int MAX_FACET_VALUE = 60;

    /**
     * Longest tag, property key or link target (in characters) indexed as one term. Lucene refuses a term or a
     * sorted doc value over 32,766 UTF-8 bytes, and with it the whole document; this bound stays well below that
     * (a character is at most 3 bytes) and above any real tag, key or target. Longer ones are left out of their
     * keyword fields with a warning; their words are still indexed where words are.
     */
    static final int MAX_KEYWORD = 1_000;

    /** Body text: tokenized, stored, with offsets in the postings for the UnifiedHighlighter. */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY_TYPE.freeze();
    }

    /** Frontmatter keys whose value summarises the note: weighted like headings. */
    private static final Set<String> SUMMARY_KEYS = Set.of("description", "summary", "abstract", "excerpt", "subtitle");

    private NoteDocuments() {
    }

    /** The document of one note, without anchor text. */
    static Document toDocument(Note note) {
        return toDocument(note, "", 0, warning -> { });
    }

    /**
     * The document of one note; {@code anchors} is what other notes call it ({@link AnchorText}), {@code backlinks}
     * how many distinct notes link to it. What is too long to index is left out and told to {@code warnings}, one
     * line naming the note each.
     */
    static Document toDocument(Note note, String anchors, int backlinks, Consumer<String> warnings) {
        Document doc = new Document();
        String path = note.path().value();
        doc.add(new StringField(NoteFields.PATH, path, Field.Store.YES));
        doc.add(new SortedDocValuesField(NoteFields.PATH, new BytesRef(path)));
        doc.add(new StringField(NoteFields.PATH_KEY, NoteAnalyzers.fold(path), Field.Store.NO));
        doc.add(new StringField(NoteFields.FILE_KEY, NoteAnalyzers.fold(note.path().fileName()), Field.Store.NO));

        doc.add(new TextField(NoteFields.TITLE, note.title(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(NoteFields.TITLE, new BytesRef(note.title())));
        doc.add(new TextField(NoteFields.TITLE_EXACT, note.title(), Field.Store.NO));
        StringBuilder names = new StringBuilder(nameTerms(note.title()));
        for (String alias : otherNames(note)) {
            doc.add(new TextField(NoteFields.ALIASES, alias, Field.Store.NO));
            names.append('\n').append(nameTerms(alias));
        }
        doc.add(new BinaryDocValuesField(NoteFields.NAME_TERMS, new BytesRef(names.toString())));
        StringBuilder exact = new StringBuilder(note.title()).append('\n');
        for (Heading heading : note.headings()) {
            doc.add(new TextField(NoteFields.HEADINGS, heading.text(), Field.Store.NO));
        }
        note.aliases().forEach(a -> exact.append(a).append('\n'));
        String text = note.plainText() == null ? "" : note.plainText();
        FoldedWords words = FoldedWords.of(exact.toString(), text); // the text's words made once for both fields
        Field body = new Field(NoteFields.BODY, text, BODY_TYPE);
        body.setTokenStream(words.body());
        doc.add(body);
        doc.add(new Field(NoteFields.EXACT, words.exact(), TextField.TYPE_NOT_STORED));
        // the text's opening says what the note is about, as headings do: weighted as they are
        int leadEnd = leadEnd(text);
        if (leadEnd == text.length() || text.charAt(leadEnd) == ' ') {
            doc.add(new Field(NoteFields.HEADINGS, words.leadBody(leadEnd), TextField.TYPE_NOT_STORED)); // its words as split above
        } else {
            doc.add(new TextField(NoteFields.HEADINGS, text.substring(0, leadEnd), Field.Store.NO)); // cut inside a word
        }

        Set<String> tagKeys = new LinkedHashSet<>();
        for (String tag : note.tags()) {
            String folded = NoteAnalyzers.fold(tag.startsWith("#") ? tag.substring(1) : tag);
            doc.add(new TextField(NoteFields.TAG_WORDS, folded.replace('/', ' ').replace('-', ' ').replace('_', ' '), Field.Store.NO));
            if (tooLong(note, "tag", folded, warnings)) {
                continue;
            }
            doc.add(new SortedSetDocValuesField(NoteFields.FACET_TAG, new BytesRef(folded)));
            for (int slash = folded.indexOf('/'); slash > 0; slash = folded.indexOf('/', slash + 1)) {
                tagKeys.add(folded.substring(0, slash));
            }
            tagKeys.add(folded);
        }
        tagKeys.forEach(t -> doc.add(new StringField(NoteFields.TAG, t, Field.Store.NO)));

        String folder = note.path().folder();
        if (!folder.isEmpty()) {
            for (int slash = folder.indexOf('/'); slash > 0; slash = folder.indexOf('/', slash + 1)) {
                doc.add(new SortedSetDocValuesField(NoteFields.FACET_FOLDER, new BytesRef(folder.substring(0, slash))));
            }
            doc.add(new SortedSetDocValuesField(NoteFields.FACET_FOLDER, new BytesRef(folder)));
        }

        addProperties(note, doc, warnings);
        Set<String> targets = new LinkedHashSet<>();
        for (Link link : note.links()) {
            String target = link.isSelf() ? "" : NoteAnalyzers.fold(link.target());
            if (!link.isSelf() && !tooLong(note, "link target", target, warnings)) {
                targets.add(target);
            }
        }
        targets.forEach(t -> doc.add(new StringField(NoteFields.LINK, t, Field.Store.NO)));

        doc.add(new LongPoint(NoteFields.MODIFIED, note.modified()));
        doc.add(new StoredField(NoteFields.MODIFIED, note.modified()));
        doc.add(new NumericDocValuesField(NoteFields.MODIFIED, note.modified()));
        doc.add(new NumericDocValuesField(NoteFields.SIZE, note.size()));
        if (!anchors.isEmpty()) {
            doc.add(new TextField(NoteFields.ANCHORS, anchors, Field.Store.NO));
        }
        doc.add(new NumericDocValuesField(NoteFields.ANCHORS_HASH, anchors.hashCode()));
        doc.add(new NumericDocValuesField(NoteFields.BACKLINKS, backlinks));
        doc.add(new BinaryDocValuesField(NoteFields.HASH, new BytesRef(note.hash() == null ? "" : note.hash())));
        addEmptyWordFields(doc);
        return doc;
    }

    /** The word fields every query word is looked for in, which many notes lack. */
    private static final List<String> SPARSE = List.of(NoteFields.ALIASES, NoteFields.HEADINGS, NoteFields.TAG_WORDS,
            NoteFields.PROPERTY_WORDS, NoteFields.ANCHORS);

    /**
     * Each word field the note lacks, empty: every note then has a length (norm) in it, and scoring a word reads
     * lengths directly instead of searching a sparse list of notes per match. Scores do not change (an empty field
     * adds no terms, so no statistics change).
     */
    private static void addEmptyWordFields(Document doc) {
        for (String field : SPARSE) {
            if (doc.getField(field) == null) {
                doc.add(new TextField(field, "", Field.Store.NO));
            }
        }
    }

    /**
     * Length of a note's lead, indexed with the headings: the length that ranked best on the evaluation sets, in
     * the headings field rather than a field of its own, which ranked no better and cost every query word one
     * more field (docs/search-quality.md).
     */
    static final int LEAD_LENGTH = 400;

    /** The opening of the text: its first {@link #LEAD_LENGTH} characters, not cutting a word. */
    static String lead(String text) {
        return text.substring(0, leadEnd(text));
    }

    /**
     * Where {@link #lead} ends: the text's end, or the last space within {@link #LEAD_LENGTH} characters (past
     * half of it), or else {@link #LEAD_LENGTH} (a long word is cut).
     */
    static int leadEnd(String text) {
        if (text.length() <= LEAD_LENGTH) {
            return text.length();
        }
        int space = text.lastIndexOf(' ', LEAD_LENGTH);
        return space > LEAD_LENGTH / 2 ? space : LEAD_LENGTH;
    }

    /** A name's distinct stemmed words, space-separated. */
    private static String nameTerms(String name) {
        return String.join(" ", new LinkedHashSet<>(WordQuery.terms(NoteAnalyzers.stemmed(), name)));
    }

    /** Aliases, plus the file name when the title differs from it (people remember either). */
    private static List<String> otherNames(Note note) {
        List<String> names = new ArrayList<>(note.aliases());
        String name = note.path().name();
        if (!name.equalsIgnoreCase(note.title())) {
            names.add(name);
        }
        return names;
    }

    private static void addProperties(Note note, Document doc, Consumer<String> warnings) {
        StringBuilder words = new StringBuilder();
        for (Map.Entry<String, Object> entry : note.frontmatter().values().entrySet()) {
            String key = entry.getKey();
            String foldedKey = NoteAnalyzers.fold(key.strip());
            if (tooLong(note, "property key", foldedKey, warnings)) {
                continue;
            }
            List<String> values = scalars(entry.getValue());
            String field = NoteFields.property(key);
            if (values.isEmpty()) {
                doc.add(new TextField(field, "", Field.Store.NO));
            }
            doc.add(new StringField(NoteFields.HAS_PROPERTY, foldedKey, Field.Store.NO));
            boolean summary = SUMMARY_KEYS.contains(foldedKey);
            for (String value : values) {
                doc.add(new TextField(field, value, Field.Store.NO));
                if (summary) {
                    // a description says what the note is about, as a heading does
                    doc.add(new TextField(NoteFields.HEADINGS, value, Field.Store.NO));
                }
                if (!isNameKey(foldedKey)) {
                    words.append(value).append('\n');
                }
                if (!value.isBlank() && value.length() <= MAX_FACET_VALUE && !isNameKey(foldedKey)) {
                    doc.add(new SortedSetDocValuesField(NoteFields.FACET_PROPERTY,
                            new BytesRef(foldedKey + NoteFields.KEY_VALUE_SEPARATOR + value.strip())));
                }
            }
        }
        if (!words.isEmpty()) {
            doc.add(new TextField(NoteFields.PROPERTY_WORDS, words.toString(), Field.Store.NO));
        }
    }

    /** True (and a warning told) when {@code value}, as indexed (folded), is longer than {@link #MAX_KEYWORD}. */
    private static boolean tooLong(Note note, String what, String value, Consumer<String> warnings) {
        if (value.length() <= MAX_KEYWORD) {
            return false;
        }
        warnings.accept(String.format("%s: %s \"%s…\" of %,d characters is not indexed as one (at most %,d)",
                note.path().value(), what, value.substring(0, value.offsetByCodePoints(0, 20)), value.length(), MAX_KEYWORD));
        return true;
    }

    /** Keys already indexed in their own fields (title, aliases, tags). */
    private static boolean isNameKey(String key) {
        return key.equals("title") || key.equals("aliases") || key.equals("alias") || key.equals("tags") || key.equals("tag");
    }

    /** A frontmatter value as strings: scalars as themselves, lists flattened, maps' values. */
    static List<String> scalars(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else {
            out.add(String.valueOf(value));
        }
    }
}
