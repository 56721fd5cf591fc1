package org.kasten.search;

/**
 * The index schema: one Lucene document per note. Each field's reason is given where it is declared, as
 * Lucene's demo does. Bump {@link #SCHEMA_VERSION} whenever a field or an analysis chain changes: an index
 * written with another version is rebuilt on open.
 */
final class NoteFields {

    /** Written into each commit's user data; a different value means "rebuild". */
    static final String SCHEMA_VERSION = "kasten-search-10";

    /** Identity: the vault-relative path, a StringField (not tokenized) so a note is replaced by
     *  {@code updateDocument(new Term(PATH, path))}; also sorted doc values, to read every path quickly. */
    static final String PATH = "path";
    /** The path folded to lower case as one token, for {@code path:} substring (wildcard) queries. */
    static final String PATH_KEY = "path_key";
    /** The file name folded to lower case as one token, for {@code file:} queries. */
    static final String FILE_KEY = "file_key";
    /** Stored title; indexed stemmed and boosted most, because people search for concepts by name; binary doc
     *  values too, so a page of results reads its titles without decompressing stored fields. */
    static final String TITLE = "title";
    /** The title unstemmed, so that typing the exact name (or its start) wins over stem collisions. */
    static final String TITLE_EXACT = "title_exact";
    /** Aliases (and the file name when it differs from the title): other names of the same concept. */
    static final String ALIASES = "aliases";
    /** The stemmed words of the title and of each other name, one name a line, binary doc values only: how
     *  much of a note's name a query covers, for the top hits' re-ranking. */
    static final String NAME_TERMS = "name_terms";
    /** Heading text, summary properties and the text's first 400 characters: strong hints of what a note is
     *  about, weaker than the title. */
    static final String HEADINGS = "headings";
    /** What other notes call this note when they link to it ({@link AnchorText}), stemmed: their words for the
     *  concept, often the searcher's too; weighted below headings, as others' words describe it less surely. */
    static final String ANCHORS = "anchors";
    /** Hash of the anchor text, doc values only: another note's link changed, so this note is re-indexed. */
    static final String ANCHORS_HASH = "anchors_hash";
    /** How many distinct notes link to this one, doc values only: search favours concept hubs a little, and a
     *  search answered from the index alone (no vault loaded) reads it here. */
    static final String BACKLINKS = "backlinks";
    /** The readable text (markup removed), stemmed; stored with offsets in the postings so snippets are fast. */
    static final String BODY = "body";
    /** Title, aliases, headings and text unstemmed, for "exact phrases", prefixes, regexes and spelling fixes. */
    static final String EXACT = "exact";
    /** Tags as words ("machine-learning" → machine, learning) so plain words find tagged notes. */
    static final String TAG_WORDS = "tag_words";
    /** Each tag and its parents ({@code a/b} → a, a/b), folded, one token each: {@code tag:} queries. */
    static final String TAG = "tag";
    /** Every frontmatter value as words, so plain words also find properties (creator, topics ...). */
    static final String PROPERTY_WORDS = "prop_words";
    /** Prefix of one field per frontmatter key ({@code p.creator}), stemmed: {@code key:value} queries. */
    static final String PROPERTY_PREFIX = "p.";
    /** Each frontmatter key a note has, folded, one token each: {@code [key]} (has the property) queries. */
    static final String HAS_PROPERTY = "has_prop";
    /** Link targets as written, folded, one token each (what a note points at): related notes. */
    static final String LINK = "link";
    /** Last modification (epoch ms): point for range queries, doc values for sorting and change detection. */
    static final String MODIFIED = "modified";
    /** File size in bytes, doc values only: change detection on reopen. */
    static final String SIZE = "size";
    /** Content hash, binary doc values only: change detection when size and time say nothing. */
    static final String HASH = "hash";
    /** Facet values as sorted-set doc values: tags, folders (each ancestor), and "key=value" properties. */
    static final String FACET_TAG = "facet_tag";
    static final String FACET_FOLDER = "facet_folder";
    static final String FACET_PROPERTY = "facet_prop";
    /** Separates key and value in {@link #FACET_PROPERTY} values. */
    static final char KEY_VALUE_SEPARATOR = '\u001f';

    private NoteFields() {
    }

    /** The Lucene field of a frontmatter key. */
    static String property(String key) {
        return PROPERTY_PREFIX + NoteAnalyzers.fold(key.strip());
    }
}
