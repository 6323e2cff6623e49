/**
 * Restriction of processing (GDPR art. 18): the privacy officer sets and lifts it for everything a
 * person has at one clinic. While set, booking refuses staff changes and messaging holds every
 * message; both sides change in one transaction, and each change is a step of the rights request.
 */
package no.timebok.booking.rights.restriction;
