package org.kasten.search;

import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Maps British spellings to American ones so both meet in the index: {@code generalise → generalize},
 * {@code generalisation → generalization}, {@code colour → color}, {@code analyse → analyze},
 * {@code centre → center}. Works on lower-case, folded tokens; both the indexed text and the query go
 * through it, so an over-eager rewrite only matters when it makes two different real words collide —
 * hence the short list of {@code -ise} words that are English words in their own right.
 */
final class SpellingVariants {

    /** Words ending in -ise (and their inflections) that have no -ize spelling; never rewritten. */
    private static final Set<String> ISE_WORDS = Set.of(
            "rise", "arise", "wise", "otherwise", "likewise", "clockwise", "precise", "concise", "promise",
            "compromise", "premise", "exercise", "advertise", "surprise", "enterprise", "expertise", "noise",
            "raise", "praise", "cruise", "franchise", "merchandise", "devise", "revise", "supervise",
            "televise", "improvise", "disguise", "despise", "advise", "chastise", "excise", "incise",
            "comprise", "paradise", "treatise", "poise", "tortoise", "porpoise", "bruise", "demise", "guise",
            "circumcise", "apprise", "reprise", "prise", "mise", "anise", "vise", "valise");

    /** British {@code -our} stems whose American spelling drops the u; prefix match (colourful, favourite). */
    private static final Map<String, String> OUR_STEMS = Map.ofEntries(
            Map.entry("colour", "color"), Map.entry("behaviour", "behavior"), Map.entry("favour", "favor"),
            Map.entry("honour", "honor"), Map.entry("humour", "humor"), Map.entry("labour", "labor"),
            Map.entry("neighbour", "neighbor"), Map.entry("harbour", "harbor"), Map.entry("rumour", "rumor"),
            Map.entry("vapour", "vapor"), Map.entry("vigour", "vigor"), Map.entry("endeavour", "endeavor"),
            Map.entry("armour", "armor"), Map.entry("savour", "savor"), Map.entry("odour", "odor"),
            Map.entry("rigour", "rigor"), Map.entry("tumour", "tumor"), Map.entry("valour", "valor"),
            Map.entry("clamour", "clamor"), Map.entry("parlour", "parlor"), Map.entry("flavour", "flavor"));

    /** Whole words (and their simple inflections via prefix) spelled differently. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("centre", "center"), Map.entry("centres", "centers"), Map.entry("centred", "centered"),
            Map.entry("theatre", "theater"), Map.entry("fibre", "fiber"), Map.entry("litre", "liter"),
            Map.entry("metre", "meter"), Map.entry("metres", "meters"), Map.entry("catalogue", "catalog"),
            Map.entry("catalogues", "catalogs"), Map.entry("dialogue", "dialog"), Map.entry("dialogues", "dialogs"),
            Map.entry("analogue", "analog"), Map.entry("defence", "defense"), Map.entry("offence", "offense"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"), Map.entry("grey", "gray"),
            Map.entry("programme", "program"), Map.entry("programmes", "programs"), Map.entry("artefact", "artifact"),
            Map.entry("artefacts", "artifacts"), Map.entry("modelling", "modeling"), Map.entry("modelled", "modeled"),
            Map.entry("labelled", "labeled"), Map.entry("labelling", "labeling"), Map.entry("travelling", "traveling"),
            Map.entry("travelled", "traveled"), Map.entry("cancelled", "canceled"), Map.entry("cancelling", "canceling"),
            Map.entry("judgement", "judgment"), Map.entry("ageing", "aging"));

    /** The keys of {@link #WORDS}, looked up without making a String. */
    private static final CharArraySet WORD_KEYS = new CharArraySet(WORDS.keySet(), false);

    private static final String[] COMPOUND_ENDINGS =
            {"wise", "vise", "guise", "raise", "noise", "prise", "cruise", "sunrise", "uprise"};

    private static final String[] ISE_ENDINGS = {"isations", "isation", "ising", "ised", "ises", "isers", "iser", "ise"};
    private static final String[] YSE_ENDINGS = {"ysing", "ysed", "yses", "yser", "yse"};

    private SpellingVariants() {
    }

    /**
     * False when {@link #americanize} certainly returns {@code token[0, length)} unchanged: it is not a listed
     * word and holds neither "our" nor an -is-/-ys- ending. Allocation-free, for the indexing hot path.
     */
    static boolean mayChange(char[] token, int length) {
        if (WORD_KEYS.contains(token, 0, length)) {
            return true;
        }
        for (int i = 1; i < length - 1; i++) {
            char c = token[i];
            if (c == 's' && (token[i - 1] == 'i' || token[i - 1] == 'y')) {
                return true;
            }
            if (c == 'u' && token[i - 1] == 'o' && token[i + 1] == 'r') {
                return true;
            }
        }
        return false;
    }

    /** The American spelling of a lower-case token, or the token itself. */
    static String americanize(String token) {
        String word = WORDS.get(token);
        if (word != null) {
            return word;
        }
        int our = token.indexOf("our");
        if (our > 0) {
            String british = OUR_STEMS.get(token.substring(0, our + 3));
            if (british != null) {
                return british + token.substring(our + 3);
            }
        }
        String ise = rewriteEnding(token, ISE_ENDINGS, 'i', 4);
        if (ise != null) {
            return ise;
        }
        String yse = rewriteEnding(token, YSE_ENDINGS, 'y', 3);
        return yse == null ? token : yse;
    }

    /** Rewrites {@code <stem>is<tail>} to {@code <stem>iz<tail>} (or ys → yz) unless the base word is listed. */
    private static String rewriteEnding(String token, String[] endings, char vowel, int minStem) {
        for (String ending : endings) {
            if (token.endsWith(ending) && token.length() - ending.length() >= minStem) {
                String stem = token.substring(0, token.length() - ending.length());
                String base = stem + vowel + "se";
                if (ISE_WORDS.contains(base) || endsWithListed(base)) {
                    return null;
                }
                return stem + vowel + 'z' + ending.substring(2);
            }
        }
        return null;
    }

    /**
     * True for compounds of a listed word ("counterclockwise", "supervise", "sunrise"). Endings such as
     * "-rise", "-mise" or "-cise" are not listed: categorise, minimise and criticise are real -ize words.
     */
    private static boolean endsWithListed(String base) {
        for (String listed : COMPOUND_ENDINGS) {
            if (base.endsWith(listed)) {
                return true;
            }
        }
        return false;
    }
}
