package no.timebok.booking.platform.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/**
 * Puts {@link ExpiredViewExceptionHandler} and {@link RefusalExceptionHandler} in front of the
 * implementation's handler (see faces-config.xml).
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewExceptionHandler(new RefusalExceptionHandler(getWrapped().getExceptionHandler()));
    }
}
