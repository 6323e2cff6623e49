package no.timebok.booking.notice.web;

/**
 * Every cookie the site sets, as the cookie declaration lists it. All are strictly necessary (a
 * security token or the staff login), so none needs consent and the site shows no banner. A cookie
 * added anywhere must be added here too: {@code CookieDeclarationIT} fails on one it meets that is
 * not listed.
 */
public enum DeclaredCookie {
    /** The public form's double-submit CSRF token (intake.web.FormPage). */
    FORM_CSRF("tb_csrf", "formCsrf"),
    /** The staff login form's CSRF token (login.web.LoginPage). */
    LOGIN_CSRF("tb_login", "loginCsrf"),
    /** The staff member's session, from login to logout. */
    STAFF_SESSION("JSESSIONID", "staffSession"),
    /** The staff login behind the session, which any node can resume (login.StaffSessionCookie). */
    STAFF_LOGIN("tb_staff", "staffLogin"),
    /** Mojarra's flash, carrying a staff page's message across a redirect. */
    FACES_FLASH("csfcfc", "facesFlash");

    private final String cookieName;
    private final String textKey;

    DeclaredCookie(String cookieName, String textKey) {
        this.cookieName = cookieName;
        this.textKey = textKey;
    }

    public String getCookieName() {
        return cookieName;
    }

    /** The prefix of its texts: {@code cookies.<key>.purpose}, {@code .lifetime}, {@code .who}. */
    public String getTextKey() {
        return "cookies." + textKey;
    }
}
