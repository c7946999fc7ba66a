package org.claimcheck.normalize;

import java.util.List;

/** Read access to a token list with bounds checks, so matchers can look ahead without index juggling. */
final class TokenView {

    private final List<Token> tokens;

    TokenView(List<Token> tokens) {
        this.tokens = tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    boolean is(int i, String word) {
        Token token = get(i);
        return token != null && token.lower().equals(word);
    }

    boolean isAny(int i, java.util.Set<String> words) {
        Token token = get(i);
        return token != null && words.contains(token.lower());
    }

    /** Is {@code words} the token sequence at i? Returns the index after it, or -1. */
    int phrase(int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!is(i + k, words.get(k))) {
                return -1;
            }
        }
        return i + words.size();
    }

    /** A hyphen or dash at i ("-", "–", "—"). */
    boolean isDash(int i) {
        Token token = get(i);
        return token != null && token.type() == Token.Type.PUNCT
                && (token.text().equals("-") || token.text().equals("–") || token.text().equals("—") || token.text().equals("‑"));
    }

    boolean isPunct(int i, String mark) {
        Token token = get(i);
        return token != null && token.type() != Token.Type.WORD && token.text().equals(mark);
    }

    boolean isWord(int i) {
        Token token = get(i);
        return token != null && token.isWord();
    }

    boolean isNumber(int i) {
        Token token = get(i);
        return token != null && token.isNumber();
    }

    boolean attached(int i) {
        Token token = get(i);
        return token != null && token.attached();
    }

    /**
     * A minus sign or a hyphen used as one: "-5 degrees", "−3,2 %". It stands apart from what comes before (a range
     * "20-30" or an identifier "COVID-19" has no space before its dash) and against the digits after it.
     */
    boolean isMinusSign(int i) {
        Token token = get(i);
        if (token == null || token.type() == Token.Type.WORD || !(token.text().equals("-") || token.text().equals("−"))) {
            return false;
        }
        Token next = get(i + 1);
        return next != null && next.isNumber() && next.attached() && (token.spaceBefore() || i == 0)
                && !isNumber(i - 1) && !isDash(i - 1) && !closesAside(i + 2);
    }

    /** "234 escuelas afectadas -32 con daños muy graves-": a dash shortly after that closes an aside the first one opened. */
    private boolean closesAside(int from) {
        for (int k = from; k < from + 10 && k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.type() == Token.Type.PUNCT && (token.text().equals(".") || token.text().equals(";"))) {
                return false;
            }
            if (isDash(k) && token.attached() && !isNumber(k - 1) && (k + 1 >= tokens.size() || !tokens.get(k + 1).attached() || tokens.get(k + 1).type() == Token.Type.PUNCT)) {
                return true;
            }
        }
        return false;
    }
}
