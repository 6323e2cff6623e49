/**
 * Booking requests: what a patient submits through the public form, from intake to the receipt.
 * Free text is sealed with {@link no.timebok.common.crypto.FieldCipher} before it is stored.
 */
package no.timebok.booking.request;
