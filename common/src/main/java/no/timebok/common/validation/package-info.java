/** Input rules shared by the modules, and the one exception that carries per-field errors. */
package no.timebok.common.validation;
