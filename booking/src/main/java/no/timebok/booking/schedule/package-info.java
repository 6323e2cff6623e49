/** Resources, opening hours, closures and appointments: free slots, booking and moving, never two patients in one slot. */
package no.timebok.booking.schedule;
