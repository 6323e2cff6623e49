package no.timebok.messaging.template;

/**
 * A message ready for its channel.
 *
 * @param subject for email; one line
 * @param text the SMS text, and the email's text/plain part
 * @param html the email's text/html part, every value escaped
 */
public record RenderedMessage(String subject, String text, String html) {
}
