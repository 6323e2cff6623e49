package no.timebok.booking.correspondence;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import no.timebok.booking.request.Languages;
import no.timebok.common.validation.InvalidInputException;

/** Puts each field's error next to its field, in bokmål, and page-wide notices at the top. */
final class PageMessages {

    private static final String ERRORS = "no.timebok.booking.web.messages";

    private PageMessages() {
    }

    static void show(InvalidInputException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = ResourceBundle.getBundle(ERRORS, Locale.forLanguageTag(Languages.DEFAULT),
                PageMessages.class.getClassLoader());
        e.errors().asMap().forEach((field, key) -> faces.addMessage(formId + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.containsKey(key) ? messages.getString(key) : key, null)));
        faces.validationFailed();
    }

    static void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "c").getString(key);
    }
}
