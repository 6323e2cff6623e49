package no.timebok.booking.organisation;

import java.util.List;
import no.timebok.booking.clinic.BookingMode;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicDetails;
import no.timebok.booking.clinic.ClinicGroup;
import no.timebok.booking.clinic.VisitType;

/** What the organisation pages and the API answer: no entities leave the service. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    /** {@code group} is null until the first administrator has set it up. */
    public record Overview(GroupView group, List<ClinicView> clinics, List<VisitTypeView> visitTypes) {
    }

    public record GroupView(String name, String organisationNumber, String dpoName, String dpoEmail, String dpoPhone,
                            boolean hasLogo) {
        static GroupView of(ClinicGroup group) {
            ClinicGroup.GroupDetails details = group.details();
            return new GroupView(details.name(), details.organisationNumber(), details.dpoName(), details.dpoEmail(),
                    details.dpoPhoneE164(), group.hasLogo());
        }
    }

    public record ClinicView(long id, String code, String name, String streetAddress, String postalCode, String city,
                             String phone, String email, String organisationNumber, String openingHoursNb,
                             String openingHoursEn, String smsSender, boolean active) {
        static ClinicView of(Clinic clinic) {
            ClinicDetails d = clinic.details();
            return new ClinicView(clinic.id(), clinic.code(), d.name(), d.streetAddress(), d.postalCode(), d.city(),
                    d.phoneE164(), d.email(), d.organisationNumber(), d.openingHoursNb(), d.openingHoursEn(),
                    d.smsSender(), clinic.acceptsBookings());
        }
    }

    /** {@code bookingMode}: whether patients send a request, pick a time themselves, or may do either. */
    public record VisitTypeView(long id, long clinicId, String code, String nameNb, String nameEn, int slotMinutes,
                                boolean active, BookingMode bookingMode) {
        static VisitTypeView of(VisitType visitType) {
            return new VisitTypeView(visitType.id(), visitType.clinicId(), visitType.code(), visitType.nameNb(),
                    visitType.nameEn(), visitType.slotMinutes(), visitType.active(), visitType.bookingMode());
        }
    }
}
