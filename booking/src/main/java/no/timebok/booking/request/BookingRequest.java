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
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.VisitType;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.ProcessingRestrictedException;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A patient's request for an appointment at one clinic.
 * <p>
 * Invariants: the free text is never stored in plain form; once erased by the retention policy it
 * cannot come back; the reference and receipt token never change.
 * <p>
 * Never in the shared cache: the retention purges erase fields with bulk SQL, which must leave no
 * copy behind.
 */
@Entity
@jakarta.persistence.Cacheable(false)
@Table(name = "booking_request")
public class BookingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 12, updatable = false)
    private String reference;

    @Column(name = "receipt_token", nullable = false, unique = true, length = 22, updatable = false)
    private String receiptToken;

    /** The showing of the public form this request came from; null for the API. Unique: one request per showing. */
    @Column(name = "form_key", unique = true, length = 43, updatable = false)
    private String formKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id", updatable = false)
    private Clinic clinic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_type_id", updatable = false)
    private VisitType visitType;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "phone_e164", length = 16)
    private String phoneE164;

    @Column(length = 254)
    private String email;

    @Column(name = "national_id_sealed")
    private byte[] nationalIdSealed;

    @Column(name = "preferred_from")
    private LocalDate preferredFrom;

    @Column(name = "preferred_until")
    private LocalDate preferredUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_part_of_day", nullable = false, length = 12)
    private PartOfDay preferredPartOfDay;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "free_text_sealed")
    private byte[] freeTextSealed;

    /** Sealed with the intake's public key and not yet rewrapped ({@link IntakeRewrap}). */
    @Column(name = "intake_sealed", nullable = false)
    private boolean intakeSealed;

    /** Taken where no messaging runs: an internal node still has to queue the confirmation. */
    @Column(name = "confirmation_due", nullable = false)
    private boolean confirmationDue;

    @Column(name = "free_text_erased_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant freeTextErasedAt;

    @Column(name = "contact_erased_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant contactErasedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BookingStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant submittedAt;

    @Column(name = "assigned_to")
    private Long assignedTo;

    @Column(name = "processing_restricted_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant processingRestrictedAt;

    @Column(name = "restricted_by_rights_request")
    private Long restrictedByRightsRequest;

    /** The privacy notice's version date shown when submitted; null when taken before it was recorded (V80). */
    @Column(name = "privacy_version", updatable = false)
    private LocalDate privacyVersion;

    /** The patient picked the time themselves; the request came with its appointment. */
    @Column(name = "booked_by_patient", nullable = false, updatable = false)
    private boolean bookedByPatient;

    @Version
    private long version;

    protected BookingRequest() {
    }

    /**
     * A new request from the public form or API. The free text and national ID are sealed with the
     * intake's public key, bound to this row's receipt token, before they reach the entity's state.
     */
    public static BookingRequest submit(String reference, BookingDetails details, IntakeSeal seal, Instant now) {
        return submit(reference, details, seal, now, null);
    }

    /** As {@link #submit(String, BookingDetails, IntakeSeal, Instant)}, from the showing of the form with this key. */
    public static BookingRequest submit(String reference, BookingDetails details, IntakeSeal seal, Instant now,
                                        String formKey) {
        BookingRequest request = new BookingRequest();
        request.formKey = formKey;
        request.reference = reference;
        request.receiptToken = ReceiptToken.next();
        request.clinic = details.clinic();
        request.visitType = details.visitType();
        request.firstName = details.contact().firstName();
        request.lastName = details.contact().lastName();
        request.phoneE164 = details.contact().phoneE164().orElse(null);
        request.email = details.contact().email().orElse(null);
        request.nationalIdSealed = details.nationalId()
                .map(id -> seal.seal(id, request.sealContext("national_id"))).orElse(null);
        request.preferredFrom = details.period().from().orElse(null);
        request.preferredUntil = details.period().until().orElse(null);
        request.preferredPartOfDay = details.period().partOfDay();
        request.freeTextSealed = seal.seal(details.freeText(), request.sealContext("free_text"));
        request.intakeSealed = true;
        request.language = details.language().tag();
        request.privacyVersion = details.privacyVersion();
        request.status = BookingStatus.NEW;
        request.submittedAt = now;
        return request;
    }

    /**
     * Marks a new (not yet stored) request as made by the patient picking a free time; once stored,
     * {@code changeStatus(SCHEDULED, null, now)} records that the patient, no staff member, scheduled it.
     */
    public void pickedByPatient() {
        bookedByPatient = true;
    }

    public boolean isBookedByPatient() {
        return bookedByPatient;
    }

    /** Leaves the confirmation to an internal node: this deployable cannot send messages. */
    public void awaitConfirmation() {
        confirmationDue = true;
    }

    /** The confirmation is queued now, in the transaction that clears this flag. */
    public void confirmationQueued() {
        confirmationDue = false;
    }

    /**
     * Moves the request along the queue's workflow; the returned event records who and when
     * ({@code staffUserId} is null when the patient did it).
     */
    public RequestEvent changeStatus(BookingStatus target, Long staffUserId, Instant now) {
        if (staffUserId != null) {
            requireProcessable();
        }
        if (!status.canMoveTo(target)) {
            throw new ConflictException("illegal-status-change", "request.illegalStatusChange", status, target);
        }
        RequestEvent event = RequestEvent.statusChange(id, staffUserId, status, target, now);
        status = target;
        return event;
    }

    /** Hands the request to a staff member, or to nobody with {@code null}. */
    public RequestEvent assignTo(Long assignee, long staffUserId, Instant now) {
        requireProcessable();
        assignedTo = assignee;
        return RequestEvent.assignment(id, staffUserId, assignee, now);
    }

    public RequestNote writeNote(String text, long staffUserId, FieldCipher cipher, Instant now) {
        requireProcessable();
        return RequestNote.write(this, staffUserId, text, cipher, now);
    }

    public RequestEvent noteWritten(long staffUserId, Instant now) {
        return RequestEvent.note(id, staffUserId, now);
    }

    /**
     * Restricts processing (GDPR art. 18) on the person's request: from now on the request is only
     * stored, and staff can neither move it on, assign it nor write about it. What the patient does
     * themselves (cancelling through their link) is still theirs to do.
     *
     * @return false when it was restricted already, which leaves the first restriction in force
     */
    public boolean restrict(long rightsRequestId, Instant now) {
        if (processingRestrictedAt != null) {
            return false;
        }
        processingRestrictedAt = now;
        restrictedByRightsRequest = rightsRequestId;
        return true;
    }

    /** @return false when it was not restricted */
    public boolean liftRestriction() {
        if (processingRestrictedAt == null) {
            return false;
        }
        processingRestrictedAt = null;
        restrictedByRightsRequest = null;
        return true;
    }

    /** Since when processing is restricted; empty when it is not. */
    public Optional<Instant> processingRestrictedAt() {
        return Optional.ofNullable(processingRestrictedAt);
    }

    /** Empty for requests taken before the version shown was recorded. */
    public Optional<LocalDate> privacyVersion() {
        return Optional.ofNullable(privacyVersion);
    }

    private void requireProcessable() {
        if (processingRestrictedAt != null) {
            throw new ProcessingRestrictedException();
        }
    }

    /**
     * Replaces names, phone and email with corrected ones (GDPR art. 16). The national ID is not
     * corrected here: staff see it only masked.
     *
     * @return the contact as it was before
     * @throws IllegalStateException when the contact data has been erased already
     */
    public PatientContact rectify(PatientContact corrected) {
        if (contactErasedAt != null) {
            throw new IllegalStateException("Contact data of this request is erased");
        }
        PatientContact before = new PatientContact(firstName, lastName, Optional.ofNullable(phoneE164), Optional.ofNullable(email));
        firstName = corrected.firstName();
        lastName = corrected.lastName();
        phoneE164 = corrected.phoneE164().orElse(null);
        email = corrected.email().orElse(null);
        return before;
    }

    /**
     * Erases at once, on the person's request (GDPR art. 17), what the two retention policies would
     * erase later: names, phone, email, national ID and free text. What remains is anonymous.
     */
    public void eraseOnRequest(Instant now) {
        firstName = null;
        lastName = null;
        phoneE164 = null;
        email = null;
        nationalIdSealed = null;
        freeTextSealed = null;
        if (contactErasedAt == null) {
            contactErasedAt = now;
        }
        if (freeTextErasedAt == null) {
            freeTextErasedAt = now;
        }
    }

    /** Whether this request holds the given national ID (11 digits), which opens only this row's value. */
    public boolean hasNationalId(String nationalId, IntakeSeal seal) {
        return sealedNationalIdIs(nationalIdSealed, receiptToken, nationalId, seal);
    }

    /** Whether the request was submitted with a national ID that is still held. */
    public boolean holdsNationalId() {
        return nationalIdSealed != null;
    }

    /** The free text while the retention policy has not yet erased it. */
    public Optional<String> freeText(IntakeSeal seal) {
        return Optional.ofNullable(freeTextSealed).map(sealed -> seal.open(sealed, sealContext("free_text")));
    }

    public Optional<Instant> freeTextErasedAt() {
        return Optional.ofNullable(freeTextErasedAt);
    }

    /** When the retention policy erased name, phone, email and national ID; empty while they are kept. */
    public Optional<Instant> contactErasedAt() {
        return Optional.ofNullable(contactErasedAt);
    }

    /** The national ID, shown only masked ({@code 010190 *****}). */
    public Optional<String> maskedNationalId(IntakeSeal seal) {
        return Optional.ofNullable(nationalIdSealed)
                .map(sealed -> seal.open(sealed, sealContext("national_id")))
                .map(no.timebok.common.validation.NationalIdNumbers::mask);
    }

    /** Binds a sealed value to this row and column, so a ciphertext copied elsewhere does not open. */
    private String sealContext(String column) {
        return sealContext(column, receiptToken);
    }

    static String sealContext(String column, String receiptToken) {
        return "booking_request." + column + "/" + receiptToken;
    }

    /**
     * Whether a row's sealed national ID is the given one, from its raw columns: finding a person by
     * national ID opens each candidate, because the ciphertext is randomised and cannot be searched.
     */
    public static boolean sealedNationalIdIs(byte[] sealed, String receiptToken, String nationalId, IntakeSeal seal) {
        return sealed != null && nationalId.equals(seal.open(sealed, sealContext("national_id", receiptToken)));
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

    public Optional<String> phoneE164() {
        return Optional.ofNullable(phoneE164);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** Empty once the contact-data policy has erased it. */
    public Optional<String> firstName() {
        return Optional.ofNullable(firstName);
    }

    public Language language() {
        return Language.of(language);
    }

    public BookingStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String lastName() {
        return lastName;
    }

    public VisitType visitType() {
        return visitType;
    }

    public Optional<LocalDate> preferredFrom() {
        return Optional.ofNullable(preferredFrom);
    }

    public Optional<LocalDate> preferredUntil() {
        return Optional.ofNullable(preferredUntil);
    }

    public PartOfDay preferredPartOfDay() {
        return preferredPartOfDay;
    }

    public Optional<Long> assignedTo() {
        return Optional.ofNullable(assignedTo);
    }

    public long version() {
        return version;
    }
}
