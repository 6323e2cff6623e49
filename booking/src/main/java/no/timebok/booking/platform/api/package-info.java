/**
 * The JSON API's application under {@code /api} and its answers when something is refused: business
 * refusals ({@link no.timebok.common.error.BusinessException}) in one mapper, and the JAX-RS
 * runtime's own refusals (unknown address, missing role, unreadable body) as the same problem details.
 */
package no.timebok.booking.platform.api;
