/** The administrator's newsletter page, and the public unsubscribe page (a GET changes nothing). */
package no.timebok.booking.newsletter.web;
