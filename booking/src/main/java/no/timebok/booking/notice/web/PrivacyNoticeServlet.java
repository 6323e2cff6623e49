package no.timebok.booking.notice.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;

/** The short privacy notice the form links to, with the retention periods actually configured. */
@WebServlet(name = "PrivacyNotice", urlPatterns = "/privacy")
public class PrivacyNoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TimebokConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute("lang", Language.of(request.getParameter("lang")).tag());
        request.setAttribute("freeTextDays", config.freeTextRetention().getDays());
        request.setAttribute("contactMonths", config.contactDataRetention().toTotalMonths());
        request.getRequestDispatcher("/WEB-INF/views/privacy.jsp").forward(request, response);
    }
}
