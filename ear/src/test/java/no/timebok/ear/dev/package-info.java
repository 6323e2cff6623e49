/**
 * Local run tooling, shipped as test code: it provisions a private Payara domain and an embedded
 * MariaDB for {@code ./run.sh} and for the integration tests. Never part of the EAR.
 */
package no.timebok.ear.dev;
