/** Start-up of the messaging module: configuration check and schema migration before anything serves. */
package no.timebok.messaging.schema;
