/**
 * What administrators set up for their own clinics: bookable resources and their weekly hours,
 * closures, notices on the public form, and the slot length of each kind of visit. Holds no
 * personal data.
 */
package no.timebok.booking.clinicsetup;
