/**
 * Field encryption at rest. National ID numbers and free text are sealed with AES-256-GCM through
 * Tink, under a keyset that lives outside the database. Tink writes the id of the key into each
 * ciphertext's prefix, so old values stay readable after the keyset gains a new primary key.
 */
package no.timebok.common.crypto;
