package no.timebok.booking.login;

import jakarta.security.enterprise.credential.Credential;

/** What the login form sends: both factors at once, so a failure can't tell which one was wrong. */
public record StaffCredential(String username, String password, String code) implements Credential {

    @Override
    public String toString() {
        return "StaffCredential[redacted]";
    }
}
