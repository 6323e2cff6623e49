package no.timebok.booking.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.login.StaffSessionCookie;
import no.timebok.booking.staff.StaffAccountService;
import no.timebok.booking.staff.TotpEnrolment;

/** Backs the first-login page: new password and TOTP enrolment, then a fresh login. */
@Named
@RequestScoped
public class SetupPage {

    @Inject
    StaffAccountService accounts;

    @Inject
    StaffSessionCookie staffSession;

    @Inject
    SecurityContext security;

    private String newPassword;
    private String repeatPassword;
    private String code;
    private Optional<TotpEnrolment> enrolment;

    public Optional<TotpEnrolment> getEnrolment() {
        if (enrolment == null) {
            String username = security.getCallerPrincipal().getName();
            enrolment = accounts.pendingTotpSecret(username).map(secret -> TotpEnrolment.of(username, secret));
        }
        return enrolment;
    }

    public String complete() throws IOException, ServletException {
        accounts.completeSetup(security.getCallerPrincipal().getName(), newPassword, repeatPassword, code);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        staffSession.end(request, (HttpServletResponse) external.getResponse());
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/staff/login.xhtml?setUp=1");
        return null;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
