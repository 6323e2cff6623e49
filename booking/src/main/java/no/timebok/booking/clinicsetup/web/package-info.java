/** The administrator's set-up page: resources and their hours, closures, notices and slot lengths. */
package no.timebok.booking.clinicsetup.web;
