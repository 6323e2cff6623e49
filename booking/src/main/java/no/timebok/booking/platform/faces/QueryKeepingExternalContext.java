package no.timebok.booking.platform.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A form posts back to the address of the page it is on, query included: a request page opened as
 * {@code request.xhtml?id=7} posts to that address, not to {@code request.xhtml}. Faces leaves the
 * query out, which is harmless while the server holds the view, but a post from an expired view
 * must be able to send the user back to the same request ({@link ExpiredViewExceptionHandler}).
 * Only form actions go through here; links and redirects build their own queries. The queries of
 * staff pages hold ids and filters, never personal data (searches are posted).
 */
public class QueryKeepingExternalContext extends ExternalContextWrapper {

    public QueryKeepingExternalContext(ExternalContext wrapped) {
        super(wrapped);
    }

    @Override
    public String encodeActionURL(String url) {
        return getWrapped().encodeActionURL(withQuery(url));
    }

    private String withQuery(String url) {
        if (url.indexOf('?') >= 0 || !(getRequest() instanceof HttpServletRequest request)) {
            return url;
        }
        String query = request.getQueryString();
        return query == null || !url.equals(request.getRequestURI()) ? url : url + "?" + query;
    }
}
