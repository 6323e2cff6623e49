/** The one source of the current time, so that tests move time instead of waiting for it. */
package no.timebok.common.time;
