package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.newsletter.NewsletterAlreadySentException;

/** A second send is a conflict with the first: nothing more was queued. */
@Provider
public class NewsletterAlreadySentMapper implements ExceptionMapper<NewsletterAlreadySentException> {

    @Override
    public Response toResponse(NewsletterAlreadySentException e) {
        return Problems.problem(409, "newsletter-already-sent", "Already sent",
                "This newsletter was sent before; it is never sent twice.").build();
    }
}
