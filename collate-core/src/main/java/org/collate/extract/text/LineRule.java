package org.collate.extract.text;

import org.collate.lexicon.RelatedLinkPhrases;
import org.collate.model.RemovalReason;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One named test that a unit inside the story is site chrome. Rules see one unit at a time; cues that need the
 * whole document (headline lists, the header) live in {@link HeadlineListDetector} and {@link HeaderReader}.
 */
interface LineRule {

    /** The reason to remove {@code unit}, or null to keep it. */
    RemovalReason classify(TextUnit unit);

    /** A rule that fires when the unit, bullets removed, starts with a cue and is short enough to be chrome. */
    record Cue(String name, Pattern start, int maxWords, RemovalReason reason) implements LineRule {
        @Override
        public RemovalReason classify(TextUnit unit) {
            return unit.words() <= maxWords && start.matcher(unit.unbulleted()).lookingAt() ? reason : null;
        }
    }

    /** A unit without a letter: separators, lone dashes, asterisks, page numbers. */
    LineRule NO_LETTERS = unit -> unit.hasLetters() ? null : RemovalReason.BOILERPLATE;

    private static Pattern cue(String regex) {
        return Pattern.compile("(?iu)(?:" + regex + ")(?![\\p{L}\\p{N}])");
    }

    /** The default chain, in order; the first rule that fires gives the reason. */
    List<LineRule> DEFAULT = List.of(
            NO_LETTERS,
            // "• Read more: Putin and Xi show solidarity with the West" (first seed): a link to another article.
            new Cue("related-link", cue(RelatedLinkPhrases.markedPhrase()), 30, RemovalReason.RELATED_LINK),
            // "• Listen to Guillaume Lavoie's editorial … via QUB-Radio :" (first seed): the outlet's own products.
            new Cue("promo", cue("listen to|listen live|watch live|watch:|subscribe|sign up|download (?:our|the)"
                    + "|get (?:our|the) (?:app|newsletter)|join (?:us|our)|support (?:our|independent) journalism"
                    + "|click here|try (?:it|us) free|become a (?:member|subscriber)|newsletter"), 40,
                    RemovalReason.PROMO),
            new Cue("advertisement", cue("advertisement|sponsored(?: content)?|ad|anzeige|publicité|publicidad"), 3,
                    RemovalReason.PROMO),
            new Cue("share-prompt", cue("share (?:this|on|via)|share$|tweet this|email this|follow us|like us on"
                    + "|facebook twitter|copy link|print this"), 15, RemovalReason.SHARE_PROMPT),
            new Cue("legal", cue("copyright|©|all rights reserved|this material may not be published"
                    + "|cookies? (?:policy|settings)|terms of (?:use|service)|privacy policy"), 30,
                    RemovalReason.BOILERPLATE)
    );
}
