/**
 * The JSON API under {@code /api}: the same intake as the public form, with errors as RFC 9457
 * problem details. Every business exception is mapped to its HTTP answer here and nowhere else.
 */
package no.timebok.booking.api;
