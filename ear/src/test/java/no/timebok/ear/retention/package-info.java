/** End-to-end tests of the retention engine: timers' catch-up, purges, holds, journal transfer, lock and receipts. */
package no.timebok.ear.retention;
