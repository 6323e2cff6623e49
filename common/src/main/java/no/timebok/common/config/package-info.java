/**
 * Every MicroProfile Config key Timebok reads, with its default and its declared type; the parser of
 * each type; and typed access to the keys, checked all together at start-up.
 */
package no.timebok.common.config;
