package no.timebok.booking.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.timebok.booking.newsletter.NewsletterNotFoundException;

/** Another clinic's newsletter is indistinguishable from none. */
@Provider
public class NewsletterNotFoundMapper implements ExceptionMapper<NewsletterNotFoundException> {

    @Override
    public Response toResponse(NewsletterNotFoundException e) {
        return Problems.problem(404, "not-found", "Not found", "There is nothing at this address.").build();
    }
}
