/**
 * Who is logged in, as every feature needs it: the staff account and its credentials, its roles, the
 * caller of this request ({@link no.timebok.booking.identity.CurrentStaff}) and the security events
 * about accounts. The low floor of booking: it uses no feature.
 */
package no.timebok.booking.identity;
