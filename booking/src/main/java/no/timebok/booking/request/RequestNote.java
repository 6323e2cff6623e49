package no.timebok.booking.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.persistence.UtcInstantConverter;

/** An internal note on a request. Notes can hold health information, so they are sealed. */
@Entity
@Table(name = "booking_request_note")
public class RequestNote {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_request_id", nullable = false, updatable = false)
    private long bookingRequestId;

    @Column(name = "written_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant writtenAt;

    @Column(name = "staff_user_id", nullable = false, updatable = false)
    private long staffUserId;

    @Column(name = "text_sealed", nullable = false, updatable = false)
    private byte[] textSealed;

    protected RequestNote() {
    }

    static RequestNote write(BookingRequest request, long staffUserId, String text, FieldCipher cipher, Instant now) {
        RequestNote note = new RequestNote();
        note.bookingRequestId = request.id();
        note.staffUserId = staffUserId;
        note.writtenAt = now;
        note.textSealed = cipher.seal(text, sealContext(request));
        return note;
    }

    public String text(BookingRequest request, FieldCipher cipher) {
        return cipher.open(textSealed, sealContext(request));
    }

    private static String sealContext(BookingRequest request) {
        return "booking_request_note.text/" + request.receiptToken();
    }

    public Long id() {
        return id;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public long staffUserId() {
        return staffUserId;
    }
}
