package no.timebok.messaging.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
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

    private static final URI MARKER = URI.create("https://timebok.no/newsletter/open?c=C0PY");
    private static final URI REDIRECT = URI.create("https://timebok.no/newsletter/go?c=C0PY&u=https%3A%2F%2Fklinikk.no%2Fvaksine&s=SIG");

    private static RenderedMessage measured(String text) {
        return NewsletterRenderer.render("News", text, UNSUBSCRIBE, Language.NB, Optional.of(MARKER),
                Map.of("https://klinikk.no/vaksine", REDIRECT));
    }

    @Test
    void aScriptInTheTextIsShownAsTextNeverRun() {
        RenderedMessage rendered = measured("Hei <script>alert('x')</script> og <img src=x onerror=alert(1)>");

        assertFalse(rendered.html().contains("<script"), rendered.html());
        assertFalse(rendered.html().contains("<img src=x"), rendered.html());
        assertTrue(rendered.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), rendered.html());
    }

    @Test
    void bothPartsLeadThroughTheCopysRedirectAndHtmlShowsTheAddressAsWritten() {
        RenderedMessage rendered = measured("Bestill her: https://klinikk.no/vaksine.\n\nVelkommen!");

        assertTrue(rendered.text().startsWith("Bestill her: " + REDIRECT + ".\n\nVelkommen!"), rendered.text());
        assertFalse(rendered.text().contains(" https://klinikk.no/vaksine"), rendered.text());
        assertTrue(rendered.html().contains("<p>Bestill her: <a href=\"https://timebok.no/newsletter/go?c=C0PY&amp;"
                + "u=https%3A%2F%2Fklinikk.no%2Fvaksine&amp;s=SIG\">https://klinikk.no/vaksine</a>.</p><p>Velkommen!</p>"),
                rendered.html());
    }

    @Test
    void anAddressWithoutARedirectStaysAsWrittenAndOtherSchemesAreNoLinks() {
        RenderedMessage rendered = measured("Se https://annen.no/side og javascript:alert(1) og ftp://fil.no/x");

        assertTrue(rendered.text().startsWith("Se https://annen.no/side og javascript:alert(1) og ftp://fil.no/x"), rendered.text());
        assertTrue(rendered.html().contains("<a href=\"https://annen.no/side\">https://annen.no/side</a>"), rendered.html());
        assertFalse(rendered.html().contains("href=\"javascript") || rendered.html().contains("href=\"ftp"), rendered.html());
    }

    @Test
    void theOpenMarkerIsAnEmptyAltImageAfterTheUnsubscribeLine() {
        String html = measured("Tekst.").html();

        int unsubscribe = html.indexOf("Meld deg av nyhetsbrevet");
        int marker = html.indexOf("<img src=\"https://timebok.no/newsletter/open?c=C0PY\" width=\"1\" height=\"1\" alt=\"\">");
        assertTrue(unsubscribe > 0 && marker > unsubscribe, html);
        assertFalse(MessageRenderer.newsletter("News", "Tekst.", UNSUBSCRIBE, Language.NB).html().contains("<img"),
                "an unmeasured copy has no marker");
    }
}
