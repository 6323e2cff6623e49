/** The patient's page behind an appointment link: see, confirm or cancel, by POST only. */
package no.timebok.booking.schedule.web;
