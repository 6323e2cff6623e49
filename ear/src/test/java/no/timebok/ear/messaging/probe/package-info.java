/**
 * Test code deployed into the messaging WAR of the messaging tests only: an HTTP stand-in for the
 * staff pages that will call messaging's contracts from booking, so the tests can drive the
 * contracts over HTTP like any other client. Never part of the built EAR.
 */
package no.timebok.ear.messaging.probe;
