/**
 * The low floor of booking's web side, which every feature may use and which uses no feature: the
 * words of refusals ({@link no.timebok.booking.platform.Refusals}), the JSON API's application and its
 * problem documents ({@code platform.api}), the staff pages' one exception handler and messages helper
 * ({@code platform.faces}), and HTTP plumbing ({@code platform.http}).
 */
package no.timebok.booking.platform;
