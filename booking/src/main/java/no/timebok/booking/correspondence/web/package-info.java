/** The thread of a request, the problems and unmatched replies, and the template editor. */
package no.timebok.booking.correspondence.web;
