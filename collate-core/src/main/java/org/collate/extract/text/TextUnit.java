package org.collate.extract.text;

/**
 * One paragraph candidate of a plain-text document: a line, or several hard-wrapped lines joined.
 *
 * @param text the unit's text, white space collapsed
 * @param raw  the unit as it stood in the input (for removed spans)
 */
record TextUnit(String text, String raw) {

    /** Whitespace-separated words; a character scan, as the line rules ask for it many times per line. */
    int words() {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /** Ends like a sentence of reporting: a full stop, question or exclamation mark, maybe inside a quote. */
    boolean endsLikeSentence() {
        return text.matches("(?s).*[.!?…][\"'’”»)\\]]*$");
    }

    /** A unit that reads as running text rather than a label: long, or a full sentence of some length. */
    boolean isProse() {
        int w = words();
        return w >= 20 || (w >= 8 && endsLikeSentence() && text.indexOf(' ') > 0);
    }

    /** The text without bullets and list markers at its start. */
    String unbulleted() {
        return text.replaceFirst("^[\\s•·*▪►▶»>◦‣⁃\\-–—]+", "");
    }

    boolean hasLetters() {
        return text.codePoints().anyMatch(Character::isLetter);
    }
}
