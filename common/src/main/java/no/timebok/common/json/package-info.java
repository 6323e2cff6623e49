/** JSON-P factories shared by every module, made once. */
package no.timebok.common.json;
