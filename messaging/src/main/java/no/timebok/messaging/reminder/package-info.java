/**
 * Appointment reminders: one outbox message per appointment, due the configured lead time before
 * it, replaced when the appointment moves and cancelled with it. The relay sends it like any
 * other message, so it goes out exactly once.
 */
package no.timebok.messaging.reminder;
