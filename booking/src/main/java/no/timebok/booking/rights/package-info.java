/**
 * Data subjects' rights under the GDPR, as the privacy officer of a clinic registers and answers
 * them: the request with its legal deadline, the person it concerns (matched by national ID, phone
 * or email within the officer's clinics; by email, their newsletter-page subscriptions too), and the
 * record of what was done to answer it. The answers themselves live in sub-features: export,
 * rectification, erasure, restriction and consents.
 */
package no.timebok.booking.rights;
