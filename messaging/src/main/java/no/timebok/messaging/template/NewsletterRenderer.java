package no.timebok.messaging.template;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.TextLinks;

/**
 * A newsletter copy as email: the administrator's text with its addresses swapped for the copy's
 * redirects, then the unsubscribe line; in HTML the same, escaped (free text stays inert), in
 * paragraphs, every address an anchor, and the open marker last. The marker has an empty alt, so
 * a reader that blocks images shows nothing for it.
 */
public final class NewsletterRenderer {

    private NewsletterRenderer() {
    }

    /**
     * @param links the copy's redirect for each address in the text; an address without one stays as written
     * @param openMarker the copy's 1x1 image; none for a copy that is not measured
     */
    public static RenderedMessage render(String subject, String text, URI unsubscribe, Language language,
                                         Optional<URI> openMarker, Map<String, URI> links) {
        String body = text.strip().replace("\r\n", "\n");
        String url = unsubscribe.toString();
        String line = language.pick("Meld deg av nyhetsbrevet: ", "Unsubscribe from this newsletter: ");
        String plain = plain(body, links) + "\n\n--\n" + line + url;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        for (String paragraph : body.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(html(paragraph.strip(), links).replace("\n", "<br>")).append("</p>");
            }
        }
        html.append("<hr><p>").append(MessageRenderer.escape(line)).append(anchor(url, url)).append("</p>");
        openMarker.ifPresent(marker -> html.append("<img src=\"").append(MessageRenderer.escape(marker.toString()))
                .append("\" width=\"1\" height=\"1\" alt=\"\">"));
        html.append("</body></html>");
        return new RenderedMessage(MessageRenderer.oneLine(subject), plain, html.toString());
    }

    private static String plain(String text, Map<String, URI> links) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (TextLinks.Found found : TextLinks.in(text)) {
            out.append(text, at, found.start()).append(redirect(found.url(), links));
            at = found.end();
        }
        return out.append(text.substring(at)).toString();
    }

    /** Text between addresses is escaped; each address shows as written and leads through its redirect. */
    private static String html(String text, Map<String, URI> links) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextLinks.Found found : TextLinks.in(text)) {
            out.append(MessageRenderer.escape(text.substring(at, found.start())))
                    .append(anchor(redirect(found.url(), links), found.url()));
            at = found.end();
        }
        return out.append(MessageRenderer.escape(text.substring(at))).toString();
    }

    private static String redirect(String url, Map<String, URI> links) {
        URI redirect = links.get(url);
        return redirect == null ? url : redirect.toString();
    }

    private static String anchor(String href, String shown) {
        return "<a href=\"" + MessageRenderer.escape(href) + "\">" + MessageRenderer.escape(shown) + "</a>";
    }
}
