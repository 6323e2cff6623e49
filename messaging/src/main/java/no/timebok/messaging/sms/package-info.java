/**
 * SMS through the Sveve gateway's HTTP API (MicroProfile REST Client), and counting how many SMS
 * parts a text costs. Numbers and texts are personal data: never logged.
 */
package no.timebok.messaging.sms;
