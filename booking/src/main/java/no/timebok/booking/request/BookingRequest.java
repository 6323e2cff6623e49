package no.timebok.booking.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A patient's request for an appointment at one clinic.
 * <p>
 * Invariants: the free text is never stored in plain form; once erased by the retention policy it
 * cannot come back; the reference and receipt token never change.
 */
@Entity
@Table(name = "booking_request")
public class BookingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 12, updatable = false)
    private String reference;

    @Column(name = "receipt_token", nullable = false, unique = true, length = 22, updatable = false)
    private String receiptToken;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id", updatable = false)
    private Clinic clinic;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "phone_e164", length = 16)
    private String phoneE164;

    @Column(name = "free_text_sealed")
    private byte[] freeTextSealed;

    @Column(name = "free_text_erased_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant freeTextErasedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant submittedAt;

    @Version
    private long version;

    protected BookingRequest() {
    }

    /** A new request from the public form, with its free text sealed to this row's reference. */
    public static BookingRequest submit(String reference, Clinic clinic, PatientContact contact,
                                        String freeText, FieldCipher cipher, Instant now) {
        BookingRequest request = new BookingRequest();
        request.reference = reference;
        request.receiptToken = ReceiptToken.next();
        request.clinic = clinic;
        request.firstName = contact.firstName();
        request.lastName = contact.lastName();
        request.phoneE164 = contact.phoneE164();
        request.freeTextSealed = cipher.seal(freeText, request.freeTextContext());
        request.status = BookingStatus.NEW;
        request.submittedAt = now;
        return request;
    }

    /** The free text while the retention policy has not yet erased it. */
    public Optional<String> freeText(FieldCipher cipher) {
        return Optional.ofNullable(freeTextSealed).map(sealed -> cipher.open(sealed, freeTextContext()));
    }

    public Optional<Instant> freeTextErasedAt() {
        return Optional.ofNullable(freeTextErasedAt);
    }

    /** Binds the sealed text to this row, so a ciphertext copied to another row does not open. */
    private String freeTextContext() {
        return "booking_request.free_text/" + receiptToken;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String receiptToken() {
        return receiptToken;
    }

    public Clinic clinic() {
        return clinic;
    }

    public BookingStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
