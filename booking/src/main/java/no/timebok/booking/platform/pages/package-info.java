/** What every JSP page and tag file shares in how its expressions are evaluated. */
package no.timebok.booking.platform.pages;
