/** Staff login: password and TOTP, lockout, and the session's lifetime. */
package no.timebok.booking.login;
