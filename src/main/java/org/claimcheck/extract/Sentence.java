package org.claimcheck.extract;

/** A sentence's span in the article text, end exclusive, without surrounding white space. */
record Sentence(int start, int end) {
}
