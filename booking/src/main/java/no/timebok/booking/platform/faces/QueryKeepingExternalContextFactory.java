package no.timebok.booking.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;

/** Puts {@link QueryKeepingExternalContext} around the implementation's (see faces-config.xml). */
public class QueryKeepingExternalContextFactory extends ExternalContextFactory {

    public QueryKeepingExternalContextFactory(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) throws FacesException {
        return new QueryKeepingExternalContext(getWrapped().getExternalContext(context, request, response));
    }
}
