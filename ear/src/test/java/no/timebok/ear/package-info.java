/**
 * End-to-end tests against the assembled EAR on a real Payara Server and a real MariaDB. They act
 * as clients over HTTP, as users do, and look into the database over JDBC.
 */
package no.timebok.ear;
