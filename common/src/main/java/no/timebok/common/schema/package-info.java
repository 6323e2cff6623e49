/** Flyway migration of each module's own tables at deployment. */
package no.timebok.common.schema;
