/** The public pages where a patient picks, books and moves a time; they work without JavaScript. */
package no.timebok.booking.selfbooking.web;
