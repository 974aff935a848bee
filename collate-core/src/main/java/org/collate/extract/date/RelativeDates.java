package org.collate.extract.date;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative dates ("yesterday", "3 hours ago", "hace 2 días", "il y a 5 heures", "vor 2 Tagen", "2 дня назад",
 * "3 години тому", "2 dni temu", "3 gün önce", "acum 2 ore") resolved against an anchor: the moment the page was
 * seen, or a date the page gives as today's. Without a time of day in the anchor, minutes and hours ago are not
 * resolved (five hours before an unknown time may be yesterday), so those stay unread rather than guessed.
 */
final class RelativeDates {

    private static final Pattern TODAY = Pattern.compile("(?iu)(?<!\\p{L})(today|heute|hoy|hoje|aujourd['’]hui|oggi"
            + "|vandaag|сегодня|сьогодні|dzisiaj|dziś|bugün|astăzi|azi)(?!\\p{L})");
    private static final Pattern YESTERDAY = Pattern.compile("(?iu)(?<!\\p{L})(yesterday|gestern|ayer|ontem|hier"
            + "|ieri|gisteren|вчера|вчора|wczoraj|dün)(?!\\p{L})");
    /** Number then unit then "ago" word (English, Italian, Dutch, Russian, Ukrainian, Polish, Turkish). */
    private static final Pattern N_UNIT_AGO = Pattern.compile("(?iu)(?<![\\p{L}\\d])(\\d{1,3}|an?|one)\\s+"
            + "(\\p{L}+)\\s+(ago|fa|geleden|назад|тому|temu|önce)(?!\\p{L})");
    /** "Ago" word then number then unit (Spanish, Portuguese, French, German, Romanian). */
    private static final Pattern AGO_N_UNIT = Pattern.compile("(?iu)(?<!\\p{L})(hace|há|ha|il\\s+y\\s+a|vor|acum)\\s+"
            + "(\\d{1,3}|une?|o|un|una|uma|um|einer?|einem)\\s+(\\p{L}+)(?!\\p{L})");

    private enum Unit { MINUTE, HOUR, DAY, WEEK }

    private RelativeDates() {
    }

    /** The day {@code text} refers to, seen at {@code anchor} (a date and time), if it says one. */
    static Optional<LocalDate> resolve(String text, LocalDateTime anchor) {
        return resolve(text, anchor.toLocalDate(), anchor);
    }

    /** The day {@code text} refers to, seen on {@code anchor} (a date without a time), if that is certain. */
    static Optional<LocalDate> resolve(String text, LocalDate anchor) {
        return resolve(text, anchor, null);
    }

    private static Optional<LocalDate> resolve(String text, LocalDate day, LocalDateTime at) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = N_UNIT_AGO.matcher(text);
        if (m.find()) {
            return ago(number(m.group(1)), unit(m.group(2)), day, at);
        }
        m = AGO_N_UNIT.matcher(text);
        if (m.find()) {
            return ago(number(m.group(2)), unit(m.group(3)), day, at);
        }
        if (YESTERDAY.matcher(text).find()) {
            return Optional.of(day.minusDays(1));
        }
        if (TODAY.matcher(text).find()) {
            return Optional.of(day);
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> ago(int n, Unit unit, LocalDate day, LocalDateTime at) {
        if (unit == null || n < 0) {
            return Optional.empty();
        }
        return switch (unit) {
            case DAY -> Optional.of(day.minusDays(n));
            case WEEK -> Optional.of(day.minusWeeks(n));
            case HOUR -> at == null ? Optional.empty() : Optional.of(at.minusHours(n).toLocalDate());
            case MINUTE -> at == null ? Optional.empty() : Optional.of(at.minusMinutes(n).toLocalDate());
        };
    }

    private static int number(String s) {
        return s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : 1;
    }

    private static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("min(ute|uto|uti|uten|ut|uty|utę|ute)?s?|минут[уы]?|хвилин[уи]?|dakika|mins?")) {
            return Unit.MINUTE;
        }
        if (w.matches("hours?|hrs?|horas?|heures?|stunden?|ore|ora|oră|uur|час(а|ов)?|годин[уи]?|godzin[ęy]?|saat")) {
            return Unit.HOUR;
        }
        if (w.matches("days?|días?|dias?|jours?|tag(en?)?|giorni|giorno|dag(en)?|zile|zi|д(ень|ня|ней)|д(ень|ні|нів)|dni"
                + "|dzień|gün")) {
            return Unit.DAY;
        }
        if (w.matches("weeks?|semanas?|semaines?|wochen?|settimane|settimana|weken|week|săptămâni|недел[иьюя]"
                + "|тиж(день|ні|нів)|tygodni(e)?|tydzień|hafta")) {
            return Unit.WEEK;
        }
        return null;
    }
}
