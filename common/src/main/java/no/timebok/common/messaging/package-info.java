/**
 * The contract through which booking asks messaging to write to a patient. Booking never sees how
 * a message is delivered; messaging never sees booking's entities. A message carries only
 * allow-listed logistics fields, so health information cannot travel by SMS or email.
 */
package no.timebok.common.messaging;
