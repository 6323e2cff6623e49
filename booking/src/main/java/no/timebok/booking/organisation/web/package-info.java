/** The administrator's organisation page: the group, the clinics and their kinds of visit. */
package no.timebok.booking.organisation.web;
