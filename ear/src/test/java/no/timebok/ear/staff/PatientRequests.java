package no.timebok.ear.staff;

import no.timebok.ear.BookingRequests;
import no.timebok.ear.BookingRequests.Submitted;

/** Requests from Kari, the patient the staff tests look after, each sent like a patient's through the public API. */
public final class PatientRequests {

    private PatientRequests() {
    }

    /**
     * Kari with this last name and an email address made from it, so that requests under one family
     * name share an address, as one person's do.
     */
    public static BookingRequests request(String lastName, String freeText) {
        return BookingRequests.request()
                .lastName(lastName)
                .email("kari." + Math.abs(lastName.hashCode()) + "@example.com")
                .freeText(freeText);
    }

    /** At Oslo sentrum (clinic 1), for a follow-up (visit type 12). */
    public static Submitted atOslo(String lastName, String freeText) {
        return request(lastName, freeText).at(1, 12).submit();
    }

    /** At Bergen (clinic 3), for a consultation (visit type 31). */
    public static Submitted atBergen(String lastName, String freeText) {
        return request(lastName, freeText).at(3, 31).submit();
    }
}
