/**
 * Email through Jakarta Mail to the configured SMTP server: text/plain plus HTML, a Message-ID
 * made from our message id, and headers that cannot carry a line break. Addresses are personal
 * data: never logged.
 */
package no.timebok.messaging.mail;
