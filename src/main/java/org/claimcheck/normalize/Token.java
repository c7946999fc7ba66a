package org.claimcheck.normalize;

/**
 * A word, number, symbol or punctuation mark of a text, with its span.
 *
 * @param lower        the token's text in lower case, for dictionary look-ups
 * @param spaceBefore  white space separates it from the previous token
 * @param lineStart    it is the first token of its line
 */
public record Token(Type type, int start, int end, String text, String lower, boolean spaceBefore, boolean lineStart) {

    public enum Type { WORD, NUMBER, SYMBOL, PUNCT }

    public boolean is(String word) {
        return lower.equals(word);
    }

    public boolean isWord() {
        return type == Type.WORD;
    }

    public boolean isNumber() {
        return type == Type.NUMBER;
    }

    /** Written with no space before it: "5.5bn", "US$", "mid-November". */
    public boolean attached() {
        return !spaceBefore;
    }

    public boolean capitalized() {
        return type == Type.WORD && Character.isUpperCase(text.codePointAt(0));
    }
}
