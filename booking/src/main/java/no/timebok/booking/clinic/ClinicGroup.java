package no.timebok.booking.clinic;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * The clinic group: the name and logo on every public page, and the data protection officer the
 * privacy notice names. One row, made by the first administrator's set-up.
 */
@Entity
@Table(name = "clinic_group")
@Cacheable(false)
public class ClinicGroup {

    /** The only row's id; the table's check constraint refuses any other. */
    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "organisation_number", length = 9)
    private String organisationNumber;

    @Column(name = "dpo_name", length = 120)
    private String dpoName;

    @Column(name = "dpo_email", length = 254)
    private String dpoEmail;

    @Column(name = "dpo_phone_e164", length = 16)
    private String dpoPhoneE164;

    // Lazy: every public page reads the group's name, only the logo's own address its bytes.
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;

    @Column(name = "logo_type", length = 20)
    private String logoType;

    protected ClinicGroup() {
    }

    public static ClinicGroup create(GroupDetails details) {
        ClinicGroup group = new ClinicGroup();
        group.id = ID;
        group.describe(details);
        return group;
    }

    public void describe(GroupDetails details) {
        name = details.name();
        organisationNumber = details.organisationNumber();
        dpoName = details.dpoName();
        dpoEmail = details.dpoEmail();
        dpoPhoneE164 = details.dpoPhoneE164();
    }

    public void changeLogo(Logo newLogo) {
        logo = newLogo.bytes();
        logoType = newLogo.mediaType();
    }

    public void removeLogo() {
        logo = null;
        logoType = null;
    }

    public GroupDetails details() {
        return new GroupDetails(name, organisationNumber, dpoName, dpoEmail, dpoPhoneE164);
    }

    public String name() {
        return name;
    }

    public boolean hasLogo() {
        return logoType != null;
    }

    public Optional<Logo> logo() {
        return logoType == null || logo == null ? Optional.empty() : Optional.of(new Logo(logo, logoType));
    }

    /** The group's details, already checked; optional parts are null. */
    public record GroupDetails(String name, String organisationNumber, String dpoName, String dpoEmail,
                               String dpoPhoneE164) {
    }
}
