package no.timebok.booking.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.ResourceBundle;
import no.timebok.common.i18n.Language;

/**
 * A post from a page whose view the server no longer holds (a tab left open past the session's
 * allowance of views, or a server restart) goes back to the same page, opened afresh, with a
 * message saying so, instead of the error page. The page's address keeps its query (see
 * {@link QueryKeepingExternalContext}), so it is the same request or appointment; what was typed
 * in that old tab is gone, and the message says so.
 */
public class ExpiredViewExceptionHandler extends ExceptionHandlerWrapper {

    private static final String TEXTS = "no.timebok.booking.platform.faces.staff";

    public ExpiredViewExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            if (Causes.find(events.next().getContext().getException(), ViewExpiredException.class).isPresent()
                    && !faces.getResponseComplete()) {
                events.remove();
                sendBack(faces);
            }
        }
        getWrapped().handle();
    }

    private static void sendBack(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        String text = ResourceBundle.getBundle(TEXTS, Language.NB.locale()).getString("view.expired");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
