/**
 * Consents per person and purpose, and objections (GDPR art. 21): the append-only history of every
 * grant, withdrawal and objection with its channel and the text version shown, the current state
 * derived from it, and the privacy officer's API and page to record changes for a rights request's
 * person. The public form's newsletter box and the newsletter's unsubscribe link write here too.
 */
package no.timebok.booking.rights.consent;
