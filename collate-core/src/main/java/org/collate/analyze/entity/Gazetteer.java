package org.collate.analyze.entity;

import org.collate.model.EntityKind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The name lists the entity recogniser leans on, read once from the data files beside this class (each file's
 * header gives its source and licence): countries with their variants, demonyms and capitals; further places;
 * the world's cities of 100,000 people or more (GeoNames, CC BY 4.0);
 * organisations with acronyms; titles and roles; honorifics; given names, with their usual gender. Immutable and thread-safe.
 */
public final class Gazetteer {

    /** A known name: its canonical form and kind. Demonyms point at their country with {@code demonym} set. */
    public record Entry(String canonical, EntityKind kind, boolean demonym) {
    }

    private static volatile Gazetteer shared;

    private final Map<String, Entry> names = new HashMap<>();
    private final java.util.Set<String> countries = new java.util.HashSet<>();
    private final Set<String> honorifics = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private final Map<String, Character> givenNameGenders = new HashMap<>();
    /** Titles as lower-case word sequences, longest first. */
    private final List<String[]> titles = new ArrayList<>();
    /** The titles by their first word, longest first (the order of {@link #titles}). */
    private final Map<String, List<String[]>> titlesByFirstWord = new HashMap<>();
    private final Set<String> titleWords = new HashSet<>();

    private Gazetteer() {
        for (String[] row : rows("countries.tsv")) {
            String canonical = row[0];
            countries.add(canonical);
            addName(canonical, new Entry(canonical, EntityKind.PLACE, false));
            for (String v : split(row, 1)) {
                addName(v, new Entry(canonical, EntityKind.PLACE, false));
            }
            for (String d : split(row, 2)) {
                names.putIfAbsent(d, new Entry(canonical, EntityKind.PLACE, true));
            }
            for (String capital : split(row, 3)) {
                addName(capital, new Entry(capital, EntityKind.PLACE, false));
            }
        }
        for (String[] row : rows("places.tsv")) {
            // A row naming a known place adds variants to it ("Turkey" joins "Türkiye").
            Entry existing = names.get(row[0]);
            for (String v : split(row, 1)) {
                Entry e = names.get(v);
                if (existing == null && e != null && !e.demonym()) {
                    existing = e;
                }
            }
            String canonical = existing != null && !existing.demonym() ? existing.canonical() : row[0];
            names.put(row[0], new Entry(canonical, EntityKind.PLACE, false));
            for (String v : split(row, 1)) {
                names.putIfAbsent(v, new Entry(canonical, EntityKind.PLACE, false));
            }
            for (String d : split(row, 2)) {
                names.put(d, new Entry(canonical, EntityKind.PLACE, true));
            }
        }
        for (String[] row : rows("cities.tsv")) {
            // Generated from GeoNames: a hand-compiled place, country or capital of the same name comes first.
            addName(row[0], new Entry(row[0], EntityKind.PLACE, false));
        }
        for (String[] row : rows("organizations.tsv")) {
            Entry e = new Entry(row[0], EntityKind.ORGANIZATION, false);
            names.put(row[0], e);
            for (String v : split(row, 1)) {
                names.put(v, e);
            }
        }
        for (String[] row : rows("honorifics.txt")) {
            honorifics.add(row[0]);
        }
        for (String[] row : rows("first-names.txt")) {
            givenNames.add(row[0]);
        }
        for (String[] row : rows("given-name-genders.tsv")) {
            if (row.length >= 2 && row[1].length() == 1) {
                givenNameGenders.put(row[0], row[1].charAt(0));
            }
        }
        for (String[] row : rows("titles.txt")) {
            String[] words = row[0].toLowerCase(Locale.ROOT).split("\\s+");
            titles.add(words);
            titleWords.addAll(List.of(words));
        }
        titles.sort((a, b) -> Integer.compare(b.length, a.length));
        for (String[] title : titles) {
            titlesByFirstWord.computeIfAbsent(title[0], k -> new ArrayList<>()).add(title);
        }
    }

    private void addName(String name, Entry entry) {
        names.putIfAbsent(name, entry);
    }

    public static Gazetteer shared() {
        Gazetteer local = shared;
        if (local == null) {
            synchronized (Gazetteer.class) {
                local = shared;
                if (local == null) {
                    shared = local = new Gazetteer();
                }
            }
        }
        return local;
    }

    /** The entry for an exactly spelt name ("Russia", "UN", "Kiev", "Russian"), or null. */
    public Entry lookup(String name) {
        return names.get(name);
    }

    /** Whether the canonical name is a country's (not a city, region or continent). */
    public boolean isCountry(String canonical) {
        return countries.contains(canonical);
    }

    /** Whether the word is a nationality adjective or a country used as one ("Russian", "US", "Chinese"). */
    public boolean isNationality(String word) {
        Entry e = names.get(word);
        return e != null && e.kind() == EntityKind.PLACE && (e.demonym() || word.length() <= 3);
    }

    /** Whether the token (with or without its full stop) is an honorific ("Mr", "Mr.", "MM", "Dr"). */
    public boolean isHonorific(String token) {
        String t = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        return honorifics.contains(t);
    }

    public boolean isGivenName(String token) {
        return givenNames.contains(token);
    }

    /** 'm' or 'f' for a given name most name lists give that gender ("Hillary" → 'f'), else null. */
    public Character givenNameGender(String token) {
        return givenNameGenders.get(token);
    }

    /** Whether the lower-cased word is part of some title ("minister", "secretary", "of", "state"). */
    public boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /**
     * The number of words of the longest title that starts at {@code words[from]} (compared case-insensitively,
     * full stops ignored: "Sen."), or 0.
     */
    public int titleLength(List<String> words, int from) {
        if (from >= words.size()) {
            return 0;
        }
        List<String[]> candidates = titlesByFirstWord.get(titleForm(words.get(from)));
        if (candidates == null) {
            return 0;
        }
        for (String[] title : candidates) {
            if (from + title.length > words.size()) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < title.length && match; i++) {
                match = i == 0 || titleForm(words.get(from + i)).equals(title[i]);
            }
            if (match) {
                return title.length;
            }
        }
        return 0;
    }

    /** A word as titles are compared: lower case, no full stops. */
    private static String titleForm(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file " + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + resource, e);
        }
        return rows;
    }

    private static List<String> split(String[] row, int column) {
        if (column >= row.length || row[column].isBlank()) {
            return List.of();
        }
        return List.of(row[column].split("\\|"));
    }
}
