/** The languages of the patients’ pages and messages. */
package no.timebok.common.i18n;
