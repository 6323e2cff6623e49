package no.timebok.booking.notice.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.booking.notice.PrivacyNotice;
import no.timebok.booking.notice.PrivacyNoticeService;
import no.timebok.common.i18n.Language;

/**
 * The privacy notice, built on each request from the running configuration and the database, so the
 * periods it states are the ones the retention timers keep. {@code ?v=} names the version a patient
 * was shown (the form's link carries it); an older one is pointed out, never echoed as typed.
 */
@WebServlet(name = "PrivacyNotice", urlPatterns = "/privacy")
public class PrivacyNoticeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PrivacyNoticeService notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Language language = Language.of(request.getParameter("lang"));
        PrivacyNotice notice = notices.notice(language);
        request.setAttribute("lang", language.tag());
        request.setAttribute("notice", notice);
        shownVersion(request.getParameter("v"))
                .filter(shown -> shown.isBefore(notice.versionDate()))
                .ifPresent(shown -> request.setAttribute("olderVersion", PrivacyNoticeService.dateInWords(shown, language)));
        request.getRequestDispatcher("/WEB-INF/views/privacy.jsp").forward(request, response);
    }

    private static Optional<LocalDate> shownVersion(String parameter) {
        if (parameter == null || parameter.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(parameter));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
