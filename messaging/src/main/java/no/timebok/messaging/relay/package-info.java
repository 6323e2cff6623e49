/**
 * The relay: claims due outbox messages with {@code SELECT ... FOR UPDATE SKIP LOCKED} (so any
 * number of relay runs, on any number of nodes, never take the same message), sends each on its
 * channel outside any transaction, and records the outcome. Started by an EJB timer.
 */
package no.timebok.messaging.relay;
