/** The public pages to join the waiting list, see or leave one's place, and accept an offered time. */
package no.timebok.booking.waitinglist.web;
