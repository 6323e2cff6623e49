package no.timebok.messaging.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import no.timebok.common.i18n.Language;
import org.junit.jupiter.api.Test;

class NewsletterRenderingTest {

    private static final URI UNSUBSCRIBE = URI.create("https://timebok.no/newsletter/unsubscribe/t0k3n?a=1&b=2");

    @Test
    void theTextIsFollowedByTheUnsubscribeLineInBokmal() {
        RenderedMessage rendered = MessageRenderer.newsletter("Høstnytt", "Vaksine fra mandag.\n", UNSUBSCRIBE, Language.NB);

        assertEquals("Høstnytt", rendered.subject());
        assertEquals("Vaksine fra mandag.\n\n--\nMeld deg av nyhetsbrevet: " + UNSUBSCRIBE, rendered.text());
    }

    @Test
    void theUnsubscribeLineFollowsTheLanguage() {
        RenderedMessage rendered = MessageRenderer.newsletter("Autumn news", "Flu shots.", UNSUBSCRIBE, Language.EN);

        assertTrue(rendered.text().endsWith("Unsubscribe from this newsletter: " + UNSUBSCRIBE), rendered.text());
    }

    @Test
    void htmlEscapesTheAdministratorsTextAndLinksTheAddress() {
        RenderedMessage rendered = MessageRenderer.newsletter("News", "<b>Open</b> & free", UNSUBSCRIBE, Language.EN);

        assertTrue(rendered.html().contains("&lt;b&gt;Open&lt;/b&gt; &amp; free"), rendered.html());
        assertTrue(rendered.html().contains("<a href=\"https://timebok.no/newsletter/unsubscribe/t0k3n?a=1&amp;b=2\">"),
                rendered.html());
        assertFalse(rendered.html().contains("<b>"));
    }
}
