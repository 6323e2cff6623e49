/** The login page, logout, the answer to a refused address, and the filter that ends sessions that must end. */
package no.timebok.booking.login.web;
