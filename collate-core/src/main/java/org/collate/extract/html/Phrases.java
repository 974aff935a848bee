package org.collate.extract.html;

import org.collate.lexicon.RelatedLinkPhrases;

import java.util.regex.Pattern;

/**
 * The phrases {@link BlockFilter} recognises, matched against lower-cased block text. English first, with the
 * commonest forms of a few other languages where they are cheap to list.
 */
final class Phrases {

    private Phrases() {
    }

    private static final String MONTHS = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";

    /** Ad labels and reading-flow labels, the whole block: "Advertisement", "Story continues below". */
    static final Pattern AD_LABELS = Pattern.compile(
            "(advertisement|advertisements|advert|ad|ads|sponsored|sponsored content|paid content|anzeige|publicité"
                    + "|publicidad|pubblicità|reklama|continue reading( (the )?(main )?(story|article))?( below)?"
                    + "|(story|article) continues (below|after (the )?(ad|advertisement))|continue reading below"
                    + "|scroll to continue( with content)?|skip (ad|advertisement)|loading( \\.\\.\\.|…)?"
                    + "|ad feedback|report (this )?ad|close|play|replay|video|watch)[\\s.:…]*");

    /** Notices for readers without scripts or with old browsers. */
    static final Pattern SCRIPT_NOTICES = Pattern.compile(
            "requires javascript|enable javascript|javascript (is )?(disabled|required)|javascript must be enabled"
                    + "|your browser does not support|update your browser");

    /** A CMS shortcode left unrendered: "[button …]…[/button]". */
    static final Pattern SHORTCODE_BLOCK = Pattern.compile("\\[[a-z_\\-]+[ \\]].*\\[/[a-z_\\-]+]");

    /** Lead-ins of a pointer to another story: "Read more:", "Related:", "See also" (several languages). */
    static final Pattern RELATED = Pattern.compile("(?:" + RelatedLinkPhrases.anyPhrase() + ")(?![\\p{L}\\p{N}])");

    /** The heading of a box of links to other stories: "More:", "More Great Stories", "Related articles". */
    static final Pattern SECTION_LABEL = Pattern.compile(
            "((more|related|recommended|popular|latest|trending|top|other|further|also|editors'? picks?)"
                    + "( [\\p{L}\\p{N}.'’&]+){0,3} (stories|articles|news|reads|posts|links|coverage|videos|headlines"
                    + "|content|reading)"
                    + "|" + RelatedLinkPhrases.anyPhrase() + "|more|more (on|from|about)( [\\p{L}\\p{N}.'’&]+){1,4})"
                    + "[\\s:.…»>]*");

    /** A web address standing alone. */
    static final Pattern BARE_URL = Pattern.compile("(https?://|www\\.)\\S+");

    /** Lead-ins of a tag list: "Tags:", "Filed under:", "Topics:" (several languages). */
    static final Pattern TAGS = Pattern.compile(
            "(tags?|topics?|filed under|categories|category|keywords|themen|schlagworte|étiquettes|mots-clés"
                    + "|etiquetas"
                    + "|temas)\\s*:");

    /** Share prompts, at the start of a block: "Share this", "Follow us", "Tweet this". */
    static final Pattern SHARE = Pattern.compile(
            "(share (this|on|via|the)|share$|tweet this|email this|follow (us|@)|like us on|copy link|print this"
                    + "|click to share|share this story)");

    /** The outlet promoting itself, at the start of a block: subscriptions, apps, live programmes. */
    static final Pattern PROMO_START = Pattern.compile(
            "subscribe|sign up|download (our|the)|get (our|the) (app|newsletter)|join (us|our)"
                    + "|become a (member|subscriber)"
                    + "|click here|support (our|independent) journalism|get the latest|want more"
                    + "|(listen|watch) (to|live|now|back|again|the (full|latest))|like this (story|article)\\?");

    /** Phrases of the outlet's self-promotion anywhere in a block: newsletters, delivery, "share it with a friend". */
    static final Pattern PROMO_PHRASE = Pattern.compile(
            "newsletter|subscribe to (our|the)|sign up for|delivered (to|right in(to)?) your inbox"
                    + "|get .{0,40} delivered|share (it|this|the story|the article) with (a friend|friends|your)");

    /** "Follow him on Twitter", "follow The Outlet on Facebook". */
    static final Pattern FOLLOW = Pattern.compile(
            "follow (us|him|her|them|me|[\\p{L}.'’ ]{2,50}) (on|via) (twitter|facebook|instagram|linkedin|x|threads"
                    + "|bluesky|mastodon|tiktok|youtube)\\b");

    /** An e-mail address. */
    static final Pattern EMAIL = Pattern.compile("[\\w.+\\-]+@[\\w\\-]+\\.[\\w.\\-]*[a-z]");

    /** "By Jane Doe", "By Jane Doe and John Roe | Reuters" (several languages). */
    static final Pattern BYLINE = Pattern.compile(
            "(by|von|par|por|di|door|av|af)\\s+\\p{L}[\\p{L}.'’\\-]*(\\s+\\p{L}[\\p{L}.'’\\-]*){0,5}"
                    + "(\\s*(,|and|&|und|et|y|e)\\s*\\p{L}[\\p{L}.'’\\-]*(\\s+\\p{L}[\\p{L}.'’\\-]*){0,4})*"
                    + "(\\s*[,|·•\\-–—]\\s*.{0,80})?$");

    /** Wire-service credit lines: "Reporting by …; Editing by …", "(Additional reporting by …)". */
    static final Pattern CREDITS = Pattern.compile(
            "[(\\[]?\\s*(additional |staff |further )?(reporting|editing|edited|writing|written|compiled|research"
                    + "|contributing|translated|translation|graphics|production|produced)( and [a-z]+)? by\\b");

    /** Slide-show counters: "1 / 22", "Image 1 of 23". */
    static final Pattern COUNTER = Pattern.compile(
            "((image|photo|picture|slide|foto|bild|imagen|immagine|photo)\\s+)?\\d{1,3}\\s*(/|of|de|di|von|sur|из|z)"
                    + "\\s*/?\\s*\\d{1,3}");

    /** A year of this or the last century. */
    static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    /** A time of day: "18:28", "9.30", "23h35". */
    static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:.h]\\d{2}(?!\\d)");

    /** English datelines: "Updated …", "Tue, Nov 19 2019", "19 November 2019", "2019-11-19". */
    static final Pattern DATELINE = Pattern.compile(
            "((published|updated|posted|last updated|first published|modified|created)\\b.{0,80}"
                    + "|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s.{0,60}\\d{4}.{0,30}"
                    + "|\\d{1,2}(st|nd|rd|th)?\\s+" + MONTHS + "[a-z]*,?\\s+\\d{4}.{0,30}"
                    + "|" + MONTHS + "[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}.{0,30}"
                    + "|\\d{4}-\\d{2}-\\d{2}.{0,30}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}.{0,30})$");
}
