/** The administrator's page of partners' client keys. */
package no.timebok.booking.apiclient.web;
