package no.timebok.booking.request;

import java.util.Optional;

/** Validated contact data: names trimmed, phone in E.164, at least one of phone and email. */
public record PatientContact(String firstName, String lastName, Optional<String> phoneE164, Optional<String> email) {

    public PatientContact {
        if (phoneE164.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("A patient must be reachable by phone or email");
        }
    }
}
