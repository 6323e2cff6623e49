/**
 * Client keys for integrating partners: the public booking API takes requests only with one, for
 * the clinics the key names and within the key's own rate limit.
 */
package no.timebok.booking.apiclient;
