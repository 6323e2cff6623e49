package no.timebok.booking.platform;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import no.timebok.common.error.BusinessException;
import no.timebok.common.i18n.Language;

/**
 * The words of every refusal, in one place for the API and the pages: a problem type's title (and,
 * for the generic types, its fixed detail), and each message key's sentence in bokmål and English.
 * Field errors' keys are looked up in the public form's texts first, where most of them live.
 */
public final class Refusals {

    private static final String REFUSALS = "no.timebok.booking.platform.refusals";
    private static final String FORM_TEXTS = "no.timebok.booking.web.messages";
    // Without it, English would fall back to the JVM's default locale's file before the root one.
    private static final ResourceBundle.Control ROOT_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Refusals() {
    }

    /** The API's title of a problem type, in English like every problem document. */
    public static String title(BusinessException refusal) {
        return find(REFUSALS, refusal.type() + ".title", Language.EN).orElse(refusal.type());
    }

    /**
     * The API's detail: the type's fixed sentence where it has one (a 404 never says what was not
     * found), otherwise the refusal's own sentence.
     */
    public static String detail(BusinessException refusal) {
        return find(REFUSALS, refusal.type() + ".detail", Language.EN).orElseGet(() -> sentence(refusal, Language.EN));
    }

    /** What a page says about this refusal, in the page's language. */
    public static String sentence(BusinessException refusal, Language language) {
        return MessageFormat.format(text(refusal.messageKey(), language), refusal.arguments());
    }

    /** A field error's text, or the key itself when no text exists (so a missing one shows, not vanishes). */
    public static String text(String key, Language language) {
        return find(FORM_TEXTS, key, language).or(() -> find(REFUSALS, key, language)).orElse(key);
    }

    private static Optional<String> find(String bundle, String key, Language language) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, language.locale(), Refusals.class.getClassLoader(), ROOT_FALLBACK);
        return texts.containsKey(key) ? Optional.of(texts.getString(key)) : Optional.empty();
    }
}
