package no.timebok.booking.newsletter.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import no.timebok.booking.abuse.CsrfCookie;
import no.timebok.booking.abuse.FormTokens;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.newsletter.SignUpForm;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;

/** Renders the newsletter page: the form with what was typed and its errors, or the "check your email" step. */
@ApplicationScoped
public class SignUpPage {

    private static final String VIEW = "/WEB-INF/views/newsletter-subscribe.jsp";

    @Inject
    ClinicRepository clinics;

    @Inject
    FormTokens tokens;

    @Inject
    CsrfCookie csrf;

    @Inject
    TimebokConfig config;

    /**
     * @param formError message key of an error about the whole form, or null
     * @param shownAt the form's "shown at" token to carry on, or null for a fresh one
     */
    void show(HttpServletRequest request, HttpServletResponse response, int status, SignUpForm form,
              Map<String, String> errors, String formError, String shownAt) throws ServletException, IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("lang", form.language());
        request.setAttribute("step", "form");
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("formError", formError);
        request.setAttribute("csrf", csrf.tokenFor(request, response));
        request.setAttribute("shownAt", shownAt == null ? tokens.shownAtToken() : tokens.keepOrRenew(shownAt));
        request.setAttribute("clinics", clinics.findBookable());
        request.setAttribute("expiryHours", config.newsletterConfirmExpiry().toHours());
        request.setAttribute("privacyNoticeUrl", config.value(ConfigKey.PRIVACY_NOTICE_URL));
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    /** After a sign-up (post/redirect/get): the same words whether or not the address was new. */
    void showSent(HttpServletRequest request, HttpServletResponse response, String language) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("lang", language);
        request.setAttribute("step", "sent");
        request.setAttribute("expiryHours", config.newsletterConfirmExpiry().toHours());
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
