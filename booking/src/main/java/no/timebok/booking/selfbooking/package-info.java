/**
 * Patients pick a free time themselves: the free times of a kind of visit, week by week, booking
 * one under the database's double-booking guard, and moving their appointment from its link.
 */
package no.timebok.booking.selfbooking;
