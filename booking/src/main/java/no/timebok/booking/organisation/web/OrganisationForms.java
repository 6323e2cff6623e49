package no.timebok.booking.organisation.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import no.timebok.booking.organisation.OrganisationDrafts.ClinicDraft;
import no.timebok.booking.organisation.OrganisationDrafts.GroupDraft;
import no.timebok.booking.organisation.OrganisationDrafts.VisitTypeDraft;
import no.timebok.booking.organisation.OrganisationViews.ClinicView;
import no.timebok.booking.organisation.OrganisationViews.GroupView;
import no.timebok.booking.organisation.OrganisationViews.VisitTypeView;

/**
 * The page's three forms, each field kept as typed (a map the page binds by field name, which is
 * also the name the service's errors use), so a form that comes back with errors keeps everything.
 */
public final class OrganisationForms {

    private OrganisationForms() {
    }

    /** Typed text by field name; what the page shows and posts. */
    public abstract static class Typed implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Map<String, String> fields = new HashMap<>();
        private boolean active = true;
        private Long editingId;

        public Map<String, String> getFields() {
            return fields;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        public Long getEditingId() {
            return editingId;
        }

        String field(String name) {
            return fields.get(name);
        }

        void fill(Long id, boolean nowActive, Map<String, String> values) {
            fields.clear();
            values.forEach((k, v) -> fields.put(k, v == null ? "" : v));
            editingId = id;
            active = nowActive;
        }

        void clear() {
            fields.clear();
            editingId = null;
            active = true;
        }
    }

    public static final class GroupForm extends Typed {

        private static final long serialVersionUID = 1L;

        GroupDraft draft() {
            return new GroupDraft(field("name"), field("organisationNumber"), field("dpoName"), field("dpoEmail"),
                    field("dpoPhone"));
        }

        void show(GroupView group) {
            if (group != null) {
                fill(null, true, map("name", group.name(), "organisationNumber", group.organisationNumber(),
                        "dpoName", group.dpoName(), "dpoEmail", group.dpoEmail(), "dpoPhone", group.dpoPhone()));
            }
        }
    }

    public static final class ClinicForm extends Typed {

        private static final long serialVersionUID = 1L;

        ClinicDraft draft() {
            return new ClinicDraft(field("code"), field("name"), field("streetAddress"), field("postalCode"), field("city"),
                    field("phone"), field("email"), field("organisationNumber"), field("openingHoursNb"),
                    field("openingHoursEn"), field("smsSender"), isActive());
        }

        void edit(ClinicView clinic) {
            fill(clinic.id(), clinic.active(), map("code", clinic.code(), "name", clinic.name(),
                    "streetAddress", clinic.streetAddress(), "postalCode", clinic.postalCode(), "city", clinic.city(),
                    "phone", clinic.phone(), "email", clinic.email(), "organisationNumber", clinic.organisationNumber(),
                    "openingHoursNb", clinic.openingHoursNb(), "openingHoursEn", clinic.openingHoursEn(),
                    "smsSender", clinic.smsSender()));
        }
    }

    public static final class VisitTypeForm extends Typed {

        private static final long serialVersionUID = 1L;

        private Long clinicId;

        public Long getClinicId() {
            return clinicId;
        }

        public void setClinicId(Long clinicId) {
            this.clinicId = clinicId;
        }

        /** A length that is no whole number is the same error as a length off the grid. */
        VisitTypeDraft draft() {
            Integer minutes;
            try {
                minutes = Integer.valueOf(field("slotMinutes") == null ? "" : field("slotMinutes").strip());
            } catch (NumberFormatException e) {
                minutes = 0;
            }
            return new VisitTypeDraft(clinicId, field("nameNb"), field("nameEn"), minutes, isActive(), field("bookingMode"));
        }

        void edit(VisitTypeView visitType) {
            fill(visitType.id(), visitType.active(), map("nameNb", visitType.nameNb(), "nameEn", visitType.nameEn(),
                    "slotMinutes", String.valueOf(visitType.slotMinutes()), "bookingMode", visitType.bookingMode().name()));
            clinicId = visitType.clinicId();
        }
    }

    private static Map<String, String> map(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
