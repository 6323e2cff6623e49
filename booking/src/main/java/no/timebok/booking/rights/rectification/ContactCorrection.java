package no.timebok.booking.rights.rectification;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.request.PatientContact;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.json.JsonFactories;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * One correction of a booking request's contact data: the audit that rectification promises. The
 * values before and after are the contact data itself, so both are sealed to this row's token and
 * the row lives only as long as the request's contact data does.
 */
@Entity
@Table(name = "contact_correction")
public class ContactCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 22, updatable = false)
    private String token;

    @Column(name = "booking_request_id", nullable = false, updatable = false)
    private long bookingRequestId;

    @Column(name = "rights_request_id", nullable = false, updatable = false)
    private long rightsRequestId;

    @Column(name = "staff_user_id", nullable = false, updatable = false)
    private long staffUserId;

    @Column(name = "corrected_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant correctedAt;

    @Column(name = "before_sealed", nullable = false, updatable = false)
    private byte[] beforeSealed;

    @Column(name = "after_sealed", nullable = false, updatable = false)
    private byte[] afterSealed;

    protected ContactCorrection() {
    }

    public static ContactCorrection of(long bookingRequestId, long rightsRequestId, long staffUserId, PatientContact before,
                                       PatientContact after, FieldCipher cipher, Instant now) {
        ContactCorrection correction = new ContactCorrection();
        correction.token = ReceiptToken.next();
        correction.bookingRequestId = bookingRequestId;
        correction.rightsRequestId = rightsRequestId;
        correction.staffUserId = staffUserId;
        correction.correctedAt = now;
        correction.beforeSealed = cipher.seal(json(before), correction.sealContext("before"));
        correction.afterSealed = cipher.seal(json(after), correction.sealContext("after"));
        return correction;
    }

    public PatientContact before(FieldCipher cipher) {
        return contact(cipher.open(beforeSealed, sealContext("before")));
    }

    public PatientContact after(FieldCipher cipher) {
        return contact(cipher.open(afterSealed, sealContext("after")));
    }

    private String sealContext(String column) {
        return "contact_correction." + column + "/" + token;
    }

    static String json(PatientContact contact) {
        var object = JsonFactories.BUILDERS.createObjectBuilder()
                .add("firstName", contact.firstName())
                .add("lastName", contact.lastName());
        contact.phoneE164().ifPresent(phone -> object.add("phone", phone));
        contact.email().ifPresent(email -> object.add("email", email));
        return object.build().toString();
    }

    static PatientContact contact(String json) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return new PatientContact(object.getString("firstName"), object.getString("lastName"),
                    Optional.ofNullable(object.getString("phone", null)), Optional.ofNullable(object.getString("email", null)));
        }
    }

    public Long id() {
        return id;
    }

    public long bookingRequestId() {
        return bookingRequestId;
    }

    public long rightsRequestId() {
        return rightsRequestId;
    }

    public long staffUserId() {
        return staffUserId;
    }

    public Instant correctedAt() {
        return correctedAt;
    }
}
