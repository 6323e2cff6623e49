package no.timebok.booking.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * No request body is larger than any form or API call needs: a declared length beyond the bound is
 * answered 413 (through the error page: a problem document under /api/) before anything reads it,
 * and a body sent without a length (chunked) ends at the bound, so it arrives cut short and is
 * refused as malformed instead of being read into memory whole.
 */
@WebFilter(filterName = "BodySizeLimit", urlPatterns = "/*")
public class BodySizeLimitFilter extends HttpFilter {

    /** The largest form (free text of 2,000 characters, four bytes each at most) with room to spare. */
    static final int MAX_BYTES = 128 * 1024;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean chunked = request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
        chain.doFilter(chunked ? new Bounded(request) : request, response);
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private ServletInputStream bounded;

        Bounded(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedStream(super.getInputStream());
            }
            return bounded;
        }
    }

    private static final class BoundedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long remaining = MAX_BYTES;

        BoundedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public boolean isFinished() {
            return remaining <= 0 || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
