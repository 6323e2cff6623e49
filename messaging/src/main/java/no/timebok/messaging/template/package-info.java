/**
 * Message templates per kind and language (table {@code message_template}), their placeholders
 * limited to the {@link no.timebok.common.messaging.TemplateField} allow-list, and rendering to
 * SMS text, email text and escaped HTML.
 */
package no.timebok.messaging.template;
