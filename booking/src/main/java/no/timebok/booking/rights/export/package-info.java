/** Access and portability (GDPR art. 15 and 20): everything held on one person at one clinic, as JSON and as a printable page. */
package no.timebok.booking.rights.export;
