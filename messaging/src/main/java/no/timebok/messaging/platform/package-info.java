/**
 * HTTP plumbing of the messaging WAR that no feature owns: its security headers and its answer to
 * the errors the container raises.
 */
package no.timebok.messaging.platform;
