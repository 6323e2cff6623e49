/**
 * The journal adapter: hands a message marked "transfer to journal" to the clinic's patient
 * journal as a FHIR R4 {@code Communication}, over HTTP or as a file, under an identifier derived
 * from the message, so a repeated attempt finds the first transfer instead of making a duplicate.
 */
package no.timebok.messaging.journal;
