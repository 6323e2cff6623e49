/** The account pages: the administrator's list of accounts, and the first-login setup (new password and authenticator). */
package no.timebok.booking.staff.web;
