/**
 * What staff see and do in the correspondence of a booking request: write to the patient, read
 * the thread in and out, and the clinic's failed and held messages. Behind
 * {@link no.timebok.common.messaging.PatientCorrespondence}.
 */
package no.timebok.messaging.thread;
