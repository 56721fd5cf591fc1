package org.kasten.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the query language Obsidian users know: words (all must match), {@code "exact phrase"}, {@code OR},
 * {@code -exclude}, parentheses, {@code tag:x}, {@code path:}, {@code file:}, {@code title:},
 * {@code key:value} and {@code [key:value]}, {@code /regex/}. Malformed syntax (an unclosed quote, bracket,
 * parenthesis or regex) never fails: the query is then read as plain words. Parentheses nested deeper than
 * {@link QueryLimits#MAX_DEPTH} are refused ({@link QueryRefusedException}) rather than read by ever deeper recursion.
 */
final class KastenQueryParser {

    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*");
    private static final Pattern SYNTAX = Pattern.compile("[\"()\\[\\]/:]+");

    private final String text;
    private int pos;
    private int depth;

    private KastenQueryParser(String text) {
        this.text = text;
    }

    /** The parsed query; throws only a {@link QueryRefusedException} for too deep nesting. Null for a query without any word. */
    static QueryNode parse(String query) {
        String trimmed = query == null ? "" : query.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            KastenQueryParser parser = new KastenQueryParser(trimmed);
            QueryNode node = parser.parseOr();
            parser.skipSpace();
            if (parser.pos < trimmed.length()) {
                throw new Malformed("unexpected " + trimmed.charAt(parser.pos));
            }
            return node == null ? plainWords(trimmed) : markLast(node);
        } catch (Malformed e) {
            return plainWords(trimmed);
        }
    }

    /** The query read as plain words, all syntax characters dropped. */
    static QueryNode plainWords(String query) {
        String[] parts = SYNTAX.matcher(query).replaceAll(" ").strip().split("\\s+");
        List<QueryNode> words = new ArrayList<>();
        for (String part : parts) {
            String word = part.replaceFirst("^-+", "");
            if (!word.isEmpty() && !word.equals("OR")) {
                words.add(new QueryNode.Word(word, false));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        return markLast(words.size() == 1 ? words.get(0) : new QueryNode.And(words));
    }

    private QueryNode parseOr() {
        List<QueryNode> alternatives = new ArrayList<>();
        QueryNode first = parseAnd();
        if (first != null) {
            alternatives.add(first);
        }
        while (true) {
            skipSpace();
            if (!atWord("OR")) {
                break;
            }
            pos += 2;
            QueryNode next = parseAnd();
            if (next == null) {
                throw new Malformed("OR without a right side");
            }
            if (alternatives.isEmpty()) {
                throw new Malformed("OR without a left side");
            }
            alternatives.add(next);
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new QueryNode.Or(alternatives);
    }

    private QueryNode parseAnd() {
        List<QueryNode> clauses = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) == ')' || atWord("OR")) {
                break;
            }
            clauses.add(parseUnary());
        }
        if (clauses.isEmpty()) {
            return null;
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses);
    }

    private QueryNode parseUnary() {
        if (text.charAt(pos) == '-' && pos + 1 < text.length() && !Character.isWhitespace(text.charAt(pos + 1))) {
            pos++;
            return new QueryNode.Not(parseAtom());
        }
        return parseAtom();
    }

    private QueryNode parseAtom() {
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            QueryLimits.checkDepth(++depth);
            QueryNode inner = parseOr();
            depth--;
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ')') {
                throw new Malformed("unclosed parenthesis");
            }
            pos++;
            if (inner == null) {
                throw new Malformed("empty parentheses");
            }
            return inner;
        }
        if (c == '"') {
            return new QueryNode.Phrase(quoted());
        }
        if (c == '[') {
            int close = text.indexOf(']', pos);
            if (close < 0) {
                throw new Malformed("unclosed bracket");
            }
            String inside = text.substring(pos + 1, close).strip();
            pos = close + 1;
            int colon = inside.indexOf(':');
            String key = (colon < 0 ? inside : inside.substring(0, colon)).strip();
            String value = colon < 0 ? "" : unquote(inside.substring(colon + 1).strip());
            if (!KEY.matcher(key).matches()) {
                throw new Malformed("bad property name");
            }
            return new QueryNode.Field(key, value, true);
        }
        if (c == '/') {
            int close = text.indexOf('/', pos + 1);
            while (close > 0 && text.charAt(close - 1) == '\\') {
                close = text.indexOf('/', close + 1);
            }
            if (close < 0 || close == pos + 1) {
                throw new Malformed("unclosed regex");
            }
            String pattern = text.substring(pos + 1, close);
            pos = close + 1;
            return new QueryNode.Regex(pattern);
        }
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ')'
                && text.charAt(pos) != '(' && text.charAt(pos) != '"') {
            if (text.charAt(pos) == ':' && KEY.matcher(text.substring(start, pos)).matches()
                    && pos + 1 < text.length() && !Character.isWhitespace(text.charAt(pos + 1))
                    && !text.startsWith("//", pos + 1)) {
                String key = text.substring(start, pos);
                pos++;
                String value = text.charAt(pos) == '"' ? quoted() : bareWord();
                return new QueryNode.Field(key, value, false);
            }
            pos++;
        }
        String word = text.substring(start, pos);
        if (word.isEmpty()) {
            throw new Malformed("unexpected " + text.charAt(pos));
        }
        return new QueryNode.Word(word, false);
    }

    private String bareWord() {
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ')') {
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        int close = text.indexOf('"', pos + 1);
        if (close < 0) {
            throw new Malformed("unclosed quote");
        }
        String inside = text.substring(pos + 1, close);
        pos = close + 1;
        if (inside.isBlank()) {
            throw new Malformed("empty quotes");
        }
        return inside;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private boolean atWord(String word) {
        int end = pos + word.length();
        return text.startsWith(word, pos) && (end == text.length() || Character.isWhitespace(text.charAt(end))
                || text.charAt(end) == '(');
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Marks the query's last plain word (if the query ends with one) for prefix matching. */
    private static QueryNode markLast(QueryNode node) {
        if (node instanceof QueryNode.Word w) {
            return new QueryNode.Word(w.text(), true);
        }
        if (node instanceof QueryNode.And and && !and.clauses().isEmpty()) {
            List<QueryNode> clauses = new ArrayList<>(and.clauses());
            int last = clauses.size() - 1;
            if (clauses.get(last) instanceof QueryNode.Word w) {
                clauses.set(last, new QueryNode.Word(w.text(), true));
            }
            return new QueryNode.And(clauses);
        }
        return node;
    }

    /** Internal signal that the query is not well formed. */
    private static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
