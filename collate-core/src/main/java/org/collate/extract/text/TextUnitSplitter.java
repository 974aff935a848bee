package org.collate.extract.text;

import org.collate.extract.ExtractSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits plain text into paragraph units. Each non-blank line is a unit, unless the text is hard-wrapped (most
 * lines break near one width without ending a sentence), in which case the lines of a block are joined.
 */
final class TextUnitSplitter {

    /** Lines of a hard-wrapped text fill at least this share of the wrap width ({@link ExtractSettings#wrapFill()}). */
    private final double wrapFill;

    TextUnitSplitter(ExtractSettings settings) {
        this.wrapFill = settings.wrapFill();
    }

    List<TextUnit> split(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = normalised.split("\n", -1);
        int width = wrapWidth(lines, wrapFill);
        List<TextUnit> units = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (String line : lines) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                flush(units, joined, raw);
                continue;
            }
            if (!joined.isEmpty()) {
                joined.append(' ');
                raw.append('\n');
            }
            joined.append(stripped);
            raw.append(line);
            boolean continues = width > 0 && stripped.length() >= width * wrapFill
                    && !stripped.matches(".*[.!?:;\"”’»]$");
            if (!continues) {
                flush(units, joined, raw);
            }
        }
        flush(units, joined, raw);
        return units;
    }

    /** The wrap width if the text looks hard-wrapped, else 0. */
    static int wrapWidth(String[] lines, double wrapFill) {
        int[] lengths = Arrays.stream(lines).map(String::strip).mapToInt(String::length).filter(n -> n > 0).sorted()
                .toArray();
        if (lengths.length < 6) {
            return 0;
        }
        int p90 = lengths[(int) (lengths.length * 0.9) - 1];
        if (p90 < 40 || p90 > 100) {
            return 0;
        }
        long full = Arrays.stream(lengths).filter(n -> n >= p90 * wrapFill && n <= p90 + 2).count();
        // Wrapped text: most lines fill the width; unwrapped text has lines of every length, most far longer.
        long longer = Arrays.stream(lengths).filter(n -> n > p90 + 20).count();
        return full >= lengths.length * 0.5 && longer == 0 ? p90 : 0;
    }

    private static void flush(List<TextUnit> units, StringBuilder joined, StringBuilder raw) {
        if (!joined.isEmpty()) {
            units.add(new TextUnit(joined.toString().replaceAll("\\s+", " "), raw.toString().strip()));
        }
        joined.setLength(0);
        raw.setLength(0);
    }
}
