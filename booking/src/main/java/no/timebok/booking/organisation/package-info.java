/**
 * The organisation an administrator sets up without SQL: the clinic group (name, logo, data
 * protection officer), its clinics with what patients see of them, and each clinic's kinds of visit.
 * Every change is a security event; an administrator sees and changes only their own clinics.
 */
package no.timebok.booking.organisation;
