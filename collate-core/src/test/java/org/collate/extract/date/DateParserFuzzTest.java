package org.collate.extract.date;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.collate.model.PublicationDate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text, in every numeric order and as a relative date: the parser returns a date inside the range it promises
 * or nothing, and never throws. Seeds in {@code DateParserFuzzTestInputs/parses/}; {@code JAZZER_FUZZ=1} fuzzes
 * (see RELIABILITY.md).
 */
class DateParserFuzzTest {

    private static final LocalDateTime SEEN_AT = LocalDateTime.of(2024, 3, 15, 12, 0);

    @FuzzTest(maxDuration = "5m")
    void parses(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (NumericOrder order : NumericOrder.values()) {
            assertPlausible(DateParser.parse(text, order));
        }
        Optional<PublicationDate> relative = DateParser.parseRelative(text, SEEN_AT);
        relative.ifPresent(d -> assertThat(d.day()).isBeforeOrEqualTo(SEEN_AT.toLocalDate().plusDays(1)));
    }

    private static void assertPlausible(Optional<PublicationDate> date) {
        date.ifPresent(d -> assertThat(d.day().getYear())
                .isBetween(DateSettings.DEFAULT.minYear(), LocalDate.now().getYear() + 1));
    }
}
