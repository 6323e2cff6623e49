/**
 * Messaging's share of the retention promises: forgetting the addresses of a reference's messages
 * (policy 2, on booking's call), deleting each month's correspondence at month end (policy 3), the
 * journal decisions staff record per message, and the worklist of messages that need one.
 */
package no.timebok.messaging.retention;
