/**
 * Messaging: every SMS and email to and from patients, behind the contracts in
 * {@code no.timebok.common}. A WAR, because it serves the gateway's delivery-report webhooks.
 */
package no.timebok.messaging;
