/** The administrator's set-up page: resources and their hours, closures, notices, slot lengths and self-booking rules. */
package no.timebok.booking.clinicsetup.web;
