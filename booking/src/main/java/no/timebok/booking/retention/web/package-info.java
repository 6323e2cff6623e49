/**
 * The staff pages of retention: {@code staff/retention.xhtml} (receipts, dry runs, runs now and
 * legal holds, for admin and privacy) and {@code staff/worklist.xhtml} (the month's messages that
 * need a journal decision, for reception too). Both only call {@code RetentionService}, with the
 * caller's clinics, exactly as the JSON API does.
 */
package no.timebok.booking.retention.web;
