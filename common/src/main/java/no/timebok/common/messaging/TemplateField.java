package no.timebok.common.messaging;

/**
 * The only values a message template may use. Free text, national ID numbers and anything else
 * that could hold health information have no field here, by design.
 */
public enum TemplateField {
    NAME, REFERENCE, CLINIC, TIME, PLACE, LINK
}
