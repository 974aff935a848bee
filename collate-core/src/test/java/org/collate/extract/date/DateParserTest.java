package org.collate.extract.date;

import org.collate.model.PublicationDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {

    private static LocalDate day(String text) {
        return DateParser.parse(text).map(PublicationDate::day).orElse(null);
    }

    private static LocalDate day(String text, NumericOrder order) {
        return DateParser.parse(text, order).map(PublicationDate::day).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // ISO-8601 and relatives
            "2022-09-16|2022-09-16",
            "2022-09-16T10:32:00+02:00|2022-09-16",
            "2022-09-16 10:32:01|2022-09-16",
            "20220916T103200Z|2022-09-16",
            "2020-09-25T16:02:50CDT|2020-09-25",
            "2020-12-05T23:15:0Z|2020-12-05",
            // year first
            "2022/09/16|2022-09-16",
            "2022.09.16|2022-09-16",
            "2020. 08. 18|2020-08-18",
            "2020年07月12日|2020-07-12",
            "２０２０年７月１日|2020-07-01",
            "2020년 7월 12일|2020-07-12",
            "2020. szeptember 20.|2020-09-20",
            "2020 m. rugsėjo 20 d.|2020-09-20",
            // English
            "16 September 2022|2022-09-16",
            "Sept. 16, 2022|2022-09-16",
            "Friday 16th September 2022|2022-09-16",
            "Posted Aug. 17, 2020 at 9:00 am|2020-08-17",
            "Fri, 16 Sep 2022 10:32:00 GMT|2022-09-16",
            "Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time)|2020-08-25",
            "04:25:06 PM IST Apr 08, 2020|2020-04-08",
            // Romance languages
            "16 de septiembre de 2022|2022-09-16",
            "1er juin 2020|2020-06-01",
            "Mercredi 12 février 2020|2020-02-12",
            "12 fevrier 2020|2020-02-12",
            "1 de novembro de 2020|2020-11-01",
            "06 Dicembre 2020|2020-12-06",
            "20 septembrie 2020 16:20|2020-09-20",
            "3 d'abril de 2020|2020-04-03",
            // Germanic
            "16. September 2022|2022-09-16",
            "3. Jänner 2021|2021-01-03",
            "9 oktober 2020 11:12|2020-10-09",
            "3 mrt 2020|2020-03-03",
            // Slavic, including genitive forms
            "16 сентября 2022 г.|2022-09-16",
            "1 Декабря 2020 14:02|2020-12-01",
            "22 вересня 2020 року|2020-09-22",
            "19 sierpnia 2020, 5:16|2020-08-19",
            "31 stycznia 2020|2020-01-31",
            "5. března 2020|2020-03-05",
            // Others
            "30 Ekim 2020|2020-10-30",
            "12 NİSAN 2020|2020-04-12",
            "3 KASIM 2020|2020-11-03",
            "28 Σεπτεμβρίου 2020|2020-09-28",
            "03 يونيو 2020|2020-06-03",
            "14 फ़रवरी 2020|2020-02-14",
            "12 Agustus 2020|2020-08-12",
            // numeric, unambiguous
            "16.09.2022|2022-09-16",
            "3.4.2020|2020-04-03",
            "13/01/2020|2020-01-13",
            "09/16/2022|2022-09-16",
            "28-05-2020|2020-05-28",
    })
    void readsManyFormsAndLanguages(String text, String expected) {
        assertThat(day(text)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    /**
     * Month names of languages beyond the hand-written lists come from the JDK's locale data, and every script's
     * digits read as digits: a Bengali, a Tamil, a Swahili and a Welsh byline.
     */
    @Test
    void readsMonthNamesAndDigitsOfAnyScriptTheLocaleDataKnows() {
        assertThat(day("১৫ মার্চ ২০২১")).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(day("প্রকাশিত: ০২ সেপ্টেম্বর ২০২০")).isEqualTo(LocalDate.of(2020, 9, 2));
        assertThat(day("15 மார்ச் 2021")).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(day("15 Machi 2021")).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(day("4 Mawrth 2019")).isEqualTo(LocalDate.of(2019, 3, 4));
        // A name two languages give to different months reads as neither: Croatian "listopad" is October where
        // Polish and Czech mean November, and the hand-written lists keep the Polish one.
        assertThat(day("5 listopada 2020")).isEqualTo(LocalDate.of(2020, 11, 5));
        // Short words of other languages' calendars that are English words are no months ("gave her 3, 2019 …").
        assertThat(DateParser.month("her")).isNull();
        assertThat(DateParser.month("can")).isNull();
        assertThat(day("gave her 3, 2019 tickets")).isNull();
        // The English abbreviations still name one month each, however many languages were added.
        for (String[] m : new String[][]{{"Jan", "1"}, {"Feb", "2"}, {"Mar", "3"}, {"Apr", "4"}, {"Jun", "6"},
                {"Jul", "7"}, {"Aug", "8"}, {"Sep", "9"}, {"Oct", "10"}, {"Nov", "11"}, {"Dec", "12"}}) {
            assertThat(DateParser.month(m[0])).as(m[0]).isEqualTo(Integer.parseInt(m[1]));
        }
    }

    @Test
    void readsADateWithAnHourAfterABar() {
        assertThat(day("2020-08-25|00h23")).isEqualTo(LocalDate.of(2020, 8, 25));
    }

    @Test
    void ambiguousSlashedDatesNeedThePagesOrder() {
        assertThat(day("03/04/2020")).isNull();
        assertThat(day("03/04/2020", NumericOrder.MONTH_FIRST)).isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(day("03/04/2020", NumericOrder.DAY_FIRST)).isEqualTo(LocalDate.of(2020, 4, 3));
        // dotted dates are day-first everywhere, and equal numbers are never ambiguous
        assertThat(day("03.04.2020")).isEqualTo(LocalDate.of(2020, 4, 3));
        assertThat(day("05/05/2020")).isEqualTo(LocalDate.of(2020, 5, 5));
    }

    @Test
    void numericOrderFollowsThePagesLanguage() {
        assertThat(NumericOrder.forLanguageTag("en-US")).isEqualTo(NumericOrder.MONTH_FIRST);
        assertThat(NumericOrder.forLanguageTag("en_GB")).isEqualTo(NumericOrder.DAY_FIRST);
        assertThat(NumericOrder.forLanguageTag("en")).isEqualTo(NumericOrder.UNKNOWN);
        assertThat(NumericOrder.forLanguageTag("en-CA")).isEqualTo(NumericOrder.UNKNOWN);
        assertThat(NumericOrder.forLanguageTag("pt-BR")).isEqualTo(NumericOrder.DAY_FIRST);
        assertThat(NumericOrder.forLanguageTag(null)).isEqualTo(NumericOrder.UNKNOWN);
    }

    @Test
    void keepsTheDayAndOffsetTheTextStates() {
        PublicationDate d = DateParser.parse("2020-03-27T23:30:00-05:00").orElseThrow();
        assertThat(d.day()).isEqualTo(LocalDate.of(2020, 3, 27));
        assertThat(d.time()).isEqualTo(OffsetDateTime.of(2020, 3, 27, 23, 30, 0, 0, ZoneOffset.ofHours(-5)));

        PublicationDate edt = DateParser.parse("Tue, Sep 15 2020 10:01:41 PM EDT").orElseThrow();
        assertThat(edt.time()).isEqualTo(OffsetDateTime.of(2020, 9, 15, 22, 1, 41, 0, ZoneOffset.ofHours(-4)));

        PublicationDate compact = DateParser.parse("2020-10-19T06:34:31+0300").orElseThrow();
        assertThat(compact.time().getOffset()).isEqualTo(ZoneOffset.ofHours(3));
    }

    @Test
    void anAmbiguousOrMissingZoneGivesTheDayOnly() {
        assertThat(DateParser.parse("2020-05-06 10:07:01").orElseThrow().time()).isNull();
        PublicationDate ist = DateParser.parse("Mar 28, 2020, 06:15 PM IST").orElseThrow();
        assertThat(ist.day()).isEqualTo(LocalDate.of(2020, 3, 28));
        assertThat(ist.time()).isNull();
    }

    @Test
    void refusesWhatIsNotADate() {
        assertThat(day("31.02.2020")).isNull();
        assertThat(day("15 Marching 2020")).isNull();
        assertThat(day("© 2020 The Company")).isNull();
        assertThat(day("12 March 1850")).isNull();
        assertThat(day("version 2020.1")).isNull();
        assertThat(day("")).isNull();
        assertThat(DateParser.parse(null)).isEmpty();
    }

    @Test
    void theFirstDateInTheTextWins() {
        assertThat(day("Published 3 May 2020, updated 5 May 2020")).isEqualTo(LocalDate.of(2020, 5, 3));
        assertThat(DateParser.findAll("3 May 2020 and 2020-05-05", NumericOrder.UNKNOWN)).hasSize(2);
    }

    @Test
    void monthNamesInAnyLanguageAndTheirAbbreviations() {
        assertThat(DateParser.month("Sept.")).isEqualTo(9);
        assertThat(DateParser.month("juil")).isEqualTo(7);
        assertThat(DateParser.month("DÉCEMBRE")).isEqualTo(12);
        assertThat(DateParser.month("вересня")).isEqualTo(9);
        assertThat(DateParser.month("listopada")).isEqualTo(11);
        assertThat(DateParser.month("Şubat")).isEqualTo(2);
        assertThat(DateParser.month("subat")).isEqualTo(2);
        assertThat(DateParser.month("Mar")).isEqualTo(3);
        // not months
        assertThat(DateParser.month("Ma")).isNull();
        assertThat(DateParser.month("Monday")).isNull();
        assertThat(DateParser.month("marching")).isNull();
    }

    @Test
    void relativeDatesNeedAnAnchor() {
        LocalDateTime seen = LocalDateTime.of(2020, 9, 20, 1, 30);
        assertThat(DateParser.parseRelative("3 hours ago", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 19));
        assertThat(DateParser.parseRelative("hace 2 días", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 18));
        assertThat(DateParser.parseRelative("il y a 5 minutes", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 20));
        assertThat(DateParser.parseRelative("vor einem Tag", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 19));
        assertThat(DateParser.parseRelative("2 дня назад", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 18));
        assertThat(DateParser.parseRelative("3 gün önce", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 17));
        assertThat(DateParser.parseRelative("acum o oră", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 20));
        assertThat(DateParser.parseRelative("Yesterday at 5pm", seen).orElseThrow().day()).isEqualTo(LocalDate.of(2020, 9, 19));
        assertThat(DateParser.parseRelative("no date here", seen)).isEmpty();
        // with a day but no time, hours ago are not guessed
        assertThat(RelativeDates.resolve("3 hours ago", LocalDate.of(2020, 9, 20))).isEmpty();
        assertThat(RelativeDates.resolve("2 weeks ago", LocalDate.of(2020, 9, 20))).contains(LocalDate.of(2020, 9, 6));
    }
}
