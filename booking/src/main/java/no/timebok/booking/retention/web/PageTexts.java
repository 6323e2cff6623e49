package no.timebok.booking.retention.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import no.timebok.common.validation.InvalidInputException;

/** The retention pages' texts (bundle {@code rt}), their times in Oslo, and their messages to the user. */
final class PageTexts {

    private static final String BUNDLE = "no.timebok.booking.retention.web.retention";
    private static final String FIELD_BUNDLE = "no.timebok.booking.web.messages";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss", Locale.forLanguageTag("nb"));

    private PageTexts() {
    }

    static String time(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, MessageFormat.format(bundle(BUNDLE).getString(key), arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, MessageFormat.format(bundle(BUNDLE).getString(key), arguments));
    }

    /** Each field's error as a page message, in the words of the API's per-field errors. */
    static void invalid(InvalidInputException e) {
        ResourceBundle fields = bundle(FIELD_BUNDLE);
        e.errors().asMap().forEach((field, key) -> add(FacesMessage.SEVERITY_ERROR, fields.containsKey(key) ? fields.getString(key) : key));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static ResourceBundle bundle(String name) {
        return ResourceBundle.getBundle(name, Locale.forLanguageTag("nb"), PageTexts.class.getClassLoader());
    }
}
