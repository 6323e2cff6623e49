/**
 * What administrators set up for their own clinics: bookable resources and their weekly hours,
 * closures, notices on the public form, the slot length of each kind of visit, and each clinic's
 * rules for patients' own bookings (horizon, change deadline, waiting list). Holds no personal data.
 */
package no.timebok.booking.clinicsetup;
