package no.timebok.booking.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import no.timebok.booking.platform.Refusals;
import no.timebok.common.error.BusinessException;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.i18n.Language;

/**
 * The one way a staff page speaks to its user: a notice or an error at the top of the page, and a
 * refusal's field errors beside their fields. Texts come from the page's bundles (the {@code var}
 * names in faces-config, e.g. {@code t}) or, for refusals, from {@link Refusals}; staff pages are in
 * bokmål.
 */
public final class PageMessages {

    private static final Language STAFF = Language.NB;

    private PageMessages() {
    }

    /** A notice that something was done, from the bundle a page knows as {@code bundle}. */
    public static void info(String bundle, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(bundle, key, arguments));
    }

    /** An error about the whole page, from the bundle a page knows as {@code bundle}. */
    public static void error(String bundle, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(bundle, key, arguments));
    }

    /** An error about one field of the form being sent, with the field's component id. */
    public static void fieldError(String field, String bundle, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        add(fieldClientId(faces, field).orElse(null), FacesMessage.SEVERITY_ERROR, text(bundle, key));
        faces.validationFailed();
    }

    /**
     * Shows a refusal: each field error beside its field when the submitted form shows that field's
     * message, otherwise at the top, so that no error is ever lost; any other refusal at the top.
     */
    public static void refusal(BusinessException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
            invalid.errors().asMap().forEach((field, key) ->
                    add(fieldClientId(faces, field).orElse(null), FacesMessage.SEVERITY_ERROR, Refusals.text(key, STAFF)));
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, Refusals.sentence(refusal, STAFF));
        }
        faces.validationFailed();
    }

    /** A text of the page bundle a page knows as {@code bundle}, with its placeholders filled. */
    public static String text(String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, bundle);
        String pattern = texts != null && texts.containsKey(key) ? texts.getString(key) : Refusals.text(key, STAFF);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /**
     * The client id of a field of the submitted form, if that form shows its message. Component ids
     * cannot hold dots, so the field "hours.MONDAY" is the component "hours-MONDAY".
     */
    private static Optional<String> fieldClientId(FacesContext faces, String field) {
        String id = field.replace('.', '-');
        return submittedForm(faces)
                .filter(form -> messageTargets(faces, form).contains(id))
                .map(form -> form.findComponent(id))
                .map(component -> component.getClientId(faces));
    }

    private static Optional<UIForm> submittedForm(FacesContext faces) {
        UIForm[] found = new UIForm[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIForm form && form.isSubmitted()) {
                found[0] = form;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return Optional.ofNullable(found[0]);
    }

    private static Set<String> messageTargets(FacesContext faces, UIComponent form) {
        Set<String> targets = new HashSet<>();
        form.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIMessage message && message.getFor() != null) {
                targets.add(message.getFor());
            }
            return VisitResult.ACCEPT;
        });
        return targets;
    }
}
