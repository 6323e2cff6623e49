/**
 * Real-protocol peers on loopback for tests and {@code ./run.sh}: a fake Sveve SMS gateway that
 * can fail on demand, records what it accepted and posts callbacks, and GreenMail as the SMTP
 * server, with a small page listing everything "sent".
 */
package no.timebok.ear.peers;
