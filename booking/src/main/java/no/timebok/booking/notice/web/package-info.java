/** The privacy notice the public form links to. */
package no.timebok.booking.notice.web;
