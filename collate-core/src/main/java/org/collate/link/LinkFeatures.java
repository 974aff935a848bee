package org.collate.link;

import org.collate.model.MinHashSignature;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the linking stage compares, distilled from an analysed article.
 *
 * @param id        the article's id
 * @param day       its publication day, or null
 * @param title     its title, or null
 * @param titleWords the title's lower-cased words of more than three letters
 * @param terms     stemmed content words of title and body with their (title-boosted) counts
 * @param entities  entity keys ({@code person:blinken}, {@code place:kyrgyzstan}, {@code org:sco}) with mention counts
 * @param years     years of the full dates and months the text states ("15 December 2013", "March 2012")
 * @param embedding the title-and-lead embedding, or null
 * @param quoteWords pairs of consecutive content words inside direct quotes ("zero-sum games" → "zero-sum games"):
 *                  what a copy or translation keeps of the words it reports
 * @param minHash   the text's MinHash signature
 * @param length    the body's length in characters
 */
public record LinkFeatures(String id, LocalDate day, String title, Set<String> titleWords, Map<String, Integer> terms,
                           Map<String, Integer> entities, Set<Integer> years, Set<String> quoteWords, float[] embedding,
                           MinHashSignature minHash, int length) {
}
