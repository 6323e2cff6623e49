/**
 * Patients pick a free time themselves: the free times of a kind of visit, week by week (each node
 * keeping the weeks it worked out for a few seconds), booking one under the database's
 * double-booking guard, and moving their appointment from its link.
 */
package no.timebok.booking.selfbooking;
