/** Rectification of contact data (GDPR art. 16), checked by the booking form's own rules, old and new values sealed. */
package no.timebok.booking.rights.rectification;
