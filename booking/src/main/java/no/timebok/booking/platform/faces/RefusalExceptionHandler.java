package no.timebok.booking.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import no.timebok.common.error.BusinessException;
import no.timebok.common.error.NotFoundException;

/**
 * Shows a business refusal on the page it happened on, so no page catches one itself. On a post the
 * same view renders again with the message and with everything the user typed, because the model
 * was updated before the action ran; opening a page whose subject does not exist answers with the
 * status of the refusal instead. Anything that is not a refusal goes on to the container's error page.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Optional<BusinessException> refusal = Causes.find(events.next().getContext().getException(), BusinessException.class);
            // While rendering, half a page may be written already: that is a bug, for the error page.
            if (refusal.isPresent() && faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
                events.remove();
                show(faces, refusal.get());
            }
        }
        getWrapped().handle();
    }

    private static void show(FacesContext faces, BusinessException refusal) {
        if (!faces.isPostback() && refusal instanceof NotFoundException) {
            try {
                faces.getExternalContext().responseSendError(refusal.status(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
            return;
        }
        PageMessages.refusal(refusal);
        faces.renderResponse();
    }
}
