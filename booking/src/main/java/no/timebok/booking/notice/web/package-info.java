/** The privacy notice and the cookie declaration the public pages link to. */
package no.timebok.booking.notice.web;
