/**
 * The one way a business refusal reaches a user: {@link no.timebok.common.error.BusinessException}
 * and its few kinds, each with a stable problem type and a message key. Booking maps them to RFC 9457
 * problem details in one JAX-RS mapper and to page messages in one Faces exception handler.
 */
package no.timebok.common.error;
