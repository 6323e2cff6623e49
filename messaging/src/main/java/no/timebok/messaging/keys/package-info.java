/** After a key rotation, re-sealing the messages' texts stored under older keys, so the old key can be retired. */
package no.timebok.messaging.keys;
