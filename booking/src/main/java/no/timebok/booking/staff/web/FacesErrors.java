package no.timebok.booking.staff.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import no.timebok.booking.request.Languages;
import no.timebok.common.validation.InvalidInputException;

/** Puts each field's error next to its field, in the language of the public form's messages. */
public final class FacesErrors {

    private static final String BUNDLE = "no.timebok.booking.web.messages";

    private FacesErrors() {
    }

    public static void show(InvalidInputException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE, java.util.Locale.forLanguageTag(Languages.DEFAULT),
                FacesErrors.class.getClassLoader());
        // Component ids cannot hold dots, so "hours.MONDAY" is the field with id "hours-MONDAY".
        e.errors().asMap().forEach((field, key) -> faces.addMessage(formId + ":" + field.replace('.', '-'),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.containsKey(key) ? messages.getString(key) : key, null)));
        faces.validationFailed();
    }

    public static void global(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
