package org.collate.extract.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs, before parsing, damage that makes an HTML5 parser lose a whole page, the way lenient parsers (libxml2's
 * HTML parser, the browsers of the time) recovered from it:
 * <ul>
 *   <li>a {@code <title>} never closed (bytes lost in a crawl): an HTML5 parser reads everything after it, the whole
 *   page, as the title's text. When no {@code </title>} follows, the title ends at the first tag or line break;</li>
 *   <li>server-side directives left before the markup ({@code <%@ Page … %>}, {@code <?php … ?>}): their text
 *   opens the body before the head, and the head's title is lost. They are dropped.</li>
 * </ul>
 * A page without such damage is returned unchanged (the same instance).
 */
public final class MarkupRepair {

    private static final Pattern LEADING_SERVER_TAGS = Pattern.compile(
            "\\A(\\s*(<%.{0,4000}?%>|<\\?(?![xX][mM][lL]).{0,4000}?\\?>))+", Pattern.DOTALL);
    private static final Pattern TITLE_OPEN = Pattern.compile("<title(\\s[^<>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_CLOSE = Pattern.compile("</title", Pattern.CASE_INSENSITIVE);

    private MarkupRepair() {
    }

    public static String repair(String html) {
        return closeTitle(dropLeadingServerTags(html));
    }

    static String dropLeadingServerTags(String html) {
        Matcher m = LEADING_SERVER_TAGS.matcher(html);
        return m.lookingAt() ? html.substring(m.end()) : html;
    }

    static String closeTitle(String html) {
        Matcher open = TITLE_OPEN.matcher(html);
        if (!open.find() || TITLE_CLOSE.matcher(html).find(open.end())) {
            return html;
        }
        int end = open.end();
        while (end < html.length() && "<\r\n".indexOf(html.charAt(end)) < 0) {
            end++;
        }
        return html.substring(0, end) + "</title>" + html.substring(end);
    }
}
