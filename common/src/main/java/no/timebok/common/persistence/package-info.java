/** JPA helpers shared by the modules' persistence units. */
package no.timebok.common.persistence;
