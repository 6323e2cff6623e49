/**
 * After a key rotation, re-sealing what booking stores under older keys, so the old key can be
 * retired. Internal nodes only: edge nodes hold no keyset.
 */
package no.timebok.booking.keys;
