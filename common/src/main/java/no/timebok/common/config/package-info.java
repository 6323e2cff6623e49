/** Every MicroProfile Config key Timebok reads, with its default, and typed access to them. */
package no.timebok.common.config;
