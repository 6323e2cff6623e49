package no.timebok.booking.clinic;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import no.timebok.common.i18n.Language;

/**
 * A clinic of the group, the data controller for its own patients. Holds no personal data.
 * Not in the shared cache: administrators change it, and another node would go on showing the old
 * address or taking bookings for a clinic that was closed.
 */
@Entity
@Table(name = "clinic")
@Cacheable(false)
public class Clinic {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "street_address", length = 120)
    private String streetAddress;

    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Column(length = 60)
    private String city;

    @Column(name = "phone_e164", length = 16)
    private String phoneE164;

    @Column(length = 254)
    private String email;

    @Column(name = "organisation_number", length = 9)
    private String organisationNumber;

    @Column(name = "opening_hours_nb", length = 200)
    private String openingHoursNb;

    @Column(name = "opening_hours_en", length = 200)
    private String openingHoursEn;

    @Column(name = "sms_sender", length = 11)
    private String smsSender;

    @Embedded
    private SelfBookingRules selfBooking = SelfBookingRules.of(90, 24, false);

    protected Clinic() {
    }

    /** A new clinic under its permanent code (partners' API and the form address it by it). */
    public static Clinic create(String code, ClinicDetails details, boolean takingBookings) {
        Clinic clinic = new Clinic();
        clinic.code = code;
        clinic.describe(details, takingBookings);
        return clinic;
    }

    /** Replaces what patients see; closing it stops new bookings, booked appointments stay. */
    public void describe(ClinicDetails details, boolean takingBookings) {
        name = details.name();
        streetAddress = details.streetAddress();
        postalCode = details.postalCode();
        city = details.city();
        phoneE164 = details.phoneE164();
        email = details.email();
        organisationNumber = details.organisationNumber();
        openingHoursNb = details.openingHoursNb();
        openingHoursEn = details.openingHoursEn();
        smsSender = details.smsSender();
        active = takingBookings;
    }

    public ClinicDetails details() {
        return new ClinicDetails(name, streetAddress, postalCode, city, phoneE164, email, organisationNumber,
                openingHoursNb, openingHoursEn, smsSender);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean acceptsBookings() {
        return active;
    }

    /** One line for a page: street, postal code and city, as far as they are known. */
    public Optional<String> address() {
        String place = (nonBlank(postalCode) + " " + nonBlank(city)).strip();
        String line = java.util.stream.Stream.of(nonBlank(streetAddress), place)
                .filter(part -> !part.isEmpty())
                .collect(java.util.stream.Collectors.joining(", "));
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    public Optional<String> phoneE164() {
        return Optional.ofNullable(phoneE164);
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Optional<String> organisationNumber() {
        return Optional.ofNullable(organisationNumber);
    }

    public Optional<String> openingHours(Language language) {
        return Optional.ofNullable(language.pick(openingHoursNb, openingHoursEn)).filter(s -> !s.isBlank());
    }

    public SelfBookingRules selfBooking() {
        return selfBooking;
    }

    /** Changes the rules for patients' own bookings; times already booked stay. */
    public void changeSelfBooking(SelfBookingRules rules) {
        selfBooking = rules;
    }

    public Optional<String> smsSender() {
        return Optional.ofNullable(smsSender);
    }

    private static String nonBlank(String part) {
        return part == null ? "" : part.strip();
    }
}
