/**
 * The administrator's newsletter page, the public unsubscribe page, a copy's open marker and
 * redirect, and the public sign-up and confirmation pages (for a link a GET changes nothing; only
 * the page's POST does).
 */
package no.timebok.booking.newsletter.web;
