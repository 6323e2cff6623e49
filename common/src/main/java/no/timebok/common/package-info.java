/**
 * The shared kernel, deployed once in the EAR's {@code lib/} so that booking and messaging see the
 * same types: configuration keys, the clock, schema migration, field encryption and the contracts
 * between modules.
 */
package no.timebok.common;
