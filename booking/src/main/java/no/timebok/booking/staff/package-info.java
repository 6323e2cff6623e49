/** Staff accounts: the first administrator, accounts an administrator manages, and each account's own first-login setup. */
package no.timebok.booking.staff;
