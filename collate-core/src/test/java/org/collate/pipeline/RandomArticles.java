package org.collate.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random news: a few stories, each told by two to four outlets in sentences drawn from a small vocabulary,
 * with names, places, numbers, dates and quotes, and with the differences real coverage has (a number changed, a
 * name spelt another way, a quote reworded, sentences dropped or reordered). The same seed gives the same articles.
 */
final class RandomArticles {

    /** One generated article, as a JSON Lines record would declare it. */
    record Generated(String id, String outlet, String title, LocalDate published, String text) {
    }

    private static final String[][] PEOPLE = {{"Mara", "Linden"}, {"Ivo", "Brandt"}, {"Selma", "Okafor"},
            {"Tomas", "Reyes"}, {"Hana", "Sato"}, {"Piet", "Vogel"}};
    private static final String[] ROLES = {"mayor", "minister", "chief of police", "spokeswoman", "governor"};
    private static final String[] PLACES = {"Port Avel", "Lindmark", "Castor Bay", "New Orra", "Kestrel Falls"};
    private static final String[] EVENTS = {"storm", "flood", "fire", "strike", "landslide"};
    private static final String[] THINGS = {"houses", "boats", "schools", "bridges", "farms", "shops"};
    private static final String[] COUNTED = {"injured", "dead", "missing", "evacuated"};
    private static final String[] VAGUE = {"dozens", "hundreds", "scores"};
    private static final String[] OUTLETS = {"Avel Herald", "Daily Courier", "Coast News", "Wire Service"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] SAYINGS = {"we have never seen anything like this", "help is on the way",
            "the damage is worse than we feared", "nobody should return home yet", "we will rebuild together"};
    private static final String[] REWORDINGS = {"we have never witnessed anything like it", "help is coming",
            "the damage is more serious than we feared", "no one should go back home yet", "together we will rebuild"};

    private RandomArticles() {
    }

    static List<Generated> generate(long seed, int stories) {
        Random random = new Random(seed);
        List<Generated> out = new ArrayList<>();
        for (int s = 0; s < stories; s++) {
            out.addAll(story(random, s));
        }
        return out;
    }

    private static List<Generated> story(Random r, int index) {
        String place = pick(r, PLACES);
        String event = pick(r, EVENTS);
        String[] speaker = PEOPLE[r.nextInt(PEOPLE.length)];
        String[] other = PEOPLE[r.nextInt(PEOPLE.length)];
        String role = pick(r, ROLES);
        int saying = r.nextInt(SAYINGS.length);
        int things = 10 + r.nextInt(90);
        int counted = 2 + r.nextInt(40);
        String thing = pick(r, THINGS);
        String countedWord = pick(r, COUNTED);
        String weekday = pick(r, WEEKDAYS);
        LocalDate day = LocalDate.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28));
        int outlets = 2 + r.nextInt(3);
        List<Generated> out = new ArrayList<>();
        for (int o = 0; o < outlets; o++) {
            boolean variant = o > 0 && r.nextBoolean();
            List<String> sentences = new ArrayList<>();
            sentences.add("A " + event + " struck " + place + " on " + (variant && r.nextBoolean()
                    ? pick(r, WEEKDAYS) : weekday) + ", damaging " + (variant && r.nextBoolean()
                    ? things + 1 + r.nextInt(5) : things) + " " + thing + ".");
            sentences.add("Officials said " + (variant && r.nextBoolean() ? pick(r, VAGUE) : String.valueOf(counted))
                    + " people were " + countedWord + " in " + place + ".");
            String name = speaker[0] + " " + (variant && r.nextInt(4) == 0 ? speaker[1] + "e" : speaker[1]);
            String words = variant && r.nextBoolean() ? REWORDINGS[saying] : SAYINGS[saying];
            sentences.add("\u201c" + capitalise(words) + ",\u201d said " + name + ", the " + role + " of " + place + ".");
            sentences.add(other[0] + " " + other[1] + " told reporters that " + pick(r, SAYINGS) + ".");
            sentences.add("Repairs will cost $" + (1 + r.nextInt(9)) + "." + r.nextInt(10) + " million, "
                    + speaker[1] + " said.");
            sentences.add("\"" + capitalise(pick(r, SAYINGS)) + ",\" " + other[1] + " added.");
            if (variant) {
                sentences.remove(1 + r.nextInt(sentences.size() - 1));
                if (r.nextBoolean()) {
                    java.util.Collections.swap(sentences, 1, 2);
                }
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < sentences.size(); i++) {
                text.append(sentences.get(i)).append(i % 2 == 1 ? "\n\n" : " ");
            }
            String title = capitalise(event) + " hits " + place;
            out.add(new Generated("st" + index + "-" + o, OUTLETS[o % OUTLETS.length], title,
                    day.plusDays(r.nextInt(2)), text.toString().strip()));
        }
        return out;
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
