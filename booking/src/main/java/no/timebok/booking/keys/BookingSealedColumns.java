package no.timebok.booking.keys;

import java.util.List;
import no.timebok.common.crypto.SealedColumn;

/**
 * Every booking column sealed under the keyset, with its seal context written in SQL exactly as the
 * entity writes it (BookingRequest, RequestNote, ContactCorrection, RightsRequest, StaffUser): a
 * context that differs opens nothing, and KeyRotationIT would see those values left behind.
 */
final class BookingSealedColumns {

    /** Values the intake sealed with its public key are rewrapped under the keyset later, not here. */
    private static final String KEYSET_SEALED = "intake_sealed = FALSE";

    static final List<SealedColumn> ALL = List.of(
            new SealedColumn("booking_request", "national_id_sealed",
                    "CONCAT('booking_request.national_id/', receipt_token)", KEYSET_SEALED),
            new SealedColumn("booking_request", "free_text_sealed",
                    "CONCAT('booking_request.free_text/', receipt_token)", KEYSET_SEALED),
            new SealedColumn("booking_request_note", "text_sealed", "(SELECT CONCAT('booking_request_note.text/', r.receipt_token)"
                    + " FROM booking_request r WHERE r.id = booking_request_note.booking_request_id)"),
            new SealedColumn("contact_correction", "before_sealed", "CONCAT('contact_correction.before/', token)"),
            new SealedColumn("contact_correction", "after_sealed", "CONCAT('contact_correction.after/', token)"),
            new SealedColumn("rights_request", "match_key_sealed", "CONCAT('rights_request.match_key/', token)"),
            new SealedColumn("rights_request", "identity_note_sealed", "CONCAT('rights_request.identity_note/', token)"),
            new SealedColumn("staff_user", "totp_secret_sealed", "CONCAT('staff_user.totp_secret/', username)"));

    private BookingSealedColumns() {
    }
}
