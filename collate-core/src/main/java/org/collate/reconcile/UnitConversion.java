package org.collate.reconcile;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two figures are one measure given in two units ("200ft" / "60m", "10 kilometers" / "6 miles"): the same
 * fact worded otherwise, a variant. Written by hand: the conversions are a short, fixed table of common units of
 * length, mass, speed and temperature, and a units library (JSR 385) would still need this table of the words and
 * symbols prose uses for them.
 */
final class UnitConversion {

    /** Prose's unit words → dimension and factor to the dimension's base unit. */
    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("km", new Unit("length", 1000)), Map.entry("kilometer", new Unit("length", 1000)),
            Map.entry("kilometre", new Unit("length", 1000)), Map.entry("m", new Unit("length", 1)),
            Map.entry("meter", new Unit("length", 1)), Map.entry("metre", new Unit("length", 1)),
            Map.entry("cm", new Unit("length", 0.01)), Map.entry("ft", new Unit("length", 0.3048)),
            Map.entry("feet", new Unit("length", 0.3048)), Map.entry("foot", new Unit("length", 0.3048)),
            Map.entry("mi", new Unit("length", 1609.344)), Map.entry("mile", new Unit("length", 1609.344)),
            Map.entry("yard", new Unit("length", 0.9144)), Map.entry("yd", new Unit("length", 0.9144)),
            Map.entry("kg", new Unit("mass", 1)), Map.entry("kilogram", new Unit("mass", 1)),
            Map.entry("lb", new Unit("mass", 0.45359237)), Map.entry("tonne", new Unit("mass", 1000)),
            Map.entry("mph", new Unit("speed", 1.609344)), Map.entry("km/h", new Unit("speed", 1)),
            Map.entry("kph", new Unit("speed", 1)), Map.entry("kmh", new Unit("speed", 1)),
            Map.entry("°c", new Unit("celsius", 1)), Map.entry("°f", new Unit("fahrenheit", 1)));

    private static final Pattern MEASURE = Pattern.compile("(?i)(\\d[\\d,]*(?:\\.\\d+)?)\\s*-?\\s*"
            + "(km/h|°\\s?[cf]|kilomet(?:er|re)s?|met(?:er|re)s?|km|cm|ft|feet|foot|miles?|mi|yards?|yd|"
            + "kilograms?|kg|lbs?|tonnes?|mph|kph|kmh|m)\\b");
    /** Two figures rounded for prose ("200ft" is 61 m, given as "60m") agree within this share. */
    private static final double TOLERANCE = 0.06;

    private record Unit(String dimension, double factor) {
    }

    /** A figure as a quantity of its dimension's base unit, with the unit word it was given in. */
    private record Measure(String dimension, double base, String unit) {
    }

    private UnitConversion() {
    }

    /** Whether the first measure in each text is one quantity in two different units. */
    static boolean sameMeasure(String x, String y) {
        Measure mx = measure(x);
        Measure my = measure(y);
        if (mx == null || my == null || !mx.dimension().equals(my.dimension()) || mx.unit().equals(my.unit())) {
            return false; // no measure, two dimensions, or one unit (then the figures simply differ)
        }
        return Math.abs(mx.base() - my.base()) <= TOLERANCE * Math.max(Math.abs(mx.base()), Math.abs(my.base()));
    }

    /** The first measure in a text, or null. */
    private static Measure measure(String text) {
        Matcher m = MEASURE.matcher(text);
        if (!m.find()) {
            return null;
        }
        double value = Double.parseDouble(m.group(1).replace(",", ""));
        String word = m.group(2).toLowerCase(Locale.ROOT).replace(" ", "");
        Unit unit = UNITS.get(word);
        if (unit == null && word.endsWith("s")) {
            unit = UNITS.get(word.substring(0, word.length() - 1));
        }
        if (unit == null) {
            return null;
        }
        String dimension = unit.dimension();
        double base = value * unit.factor();
        if (dimension.equals("fahrenheit")) {
            dimension = "celsius";
            base = (value - 32) * 5 / 9;
        }
        return new Measure(dimension, base, word);
    }
}
