/**
 * Processing restrictions (GDPR art. 18) as the outbox, staff's writing and the relay consult them:
 * one row per restricted booking request of a clinic. Who restricts and lifts, and the history of
 * it, is booking's rights request; messaging only needs to know whether a reference is restricted.
 */
package no.timebok.messaging.restriction;
