package no.timebok.booking.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import no.timebok.booking.clinic.BookingMode;
import no.timebok.booking.clinic.Logo;
import no.timebok.booking.organisation.OrganisationService;
import no.timebok.booking.organisation.OrganisationViews.ClinicView;
import no.timebok.booking.organisation.OrganisationViews.Overview;
import no.timebok.booking.organisation.OrganisationViews.VisitTypeView;
import no.timebok.booking.organisation.web.OrganisationForms.ClinicForm;
import no.timebok.booking.organisation.web.OrganisationForms.GroupForm;
import no.timebok.booking.organisation.web.OrganisationForms.VisitTypeForm;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.common.error.FieldErrors;

/**
 * Backs the organisation page. View-scoped, so what was typed stays in its form when the form
 * comes back with errors.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "t";

    @Inject
    transient OrganisationService organisation;

    private Overview overview;
    private final GroupForm group = new GroupForm();
    private final ClinicForm clinic = new ClinicForm();
    private final VisitTypeForm visitType = new VisitTypeForm();
    private transient Part logo;

    public void load() {
        boolean first = overview == null;
        overview = organisation.overview();
        if (first) {
            group.show(overview.group());
        }
    }

    public void saveGroup() {
        organisation.changeGroup(group.draft());
        saved();
    }

    public void uploadLogo() throws IOException {
        if (logo == null) {
            throw new FieldErrors().add("logo", "organisation.logo.invalid").asException();
        }
        try (InputStream in = logo.getInputStream()) {
            organisation.changeLogo(in.readNBytes(Logo.MAX_BYTES + 1));
        }
        saved();
    }

    public void editClinic(ClinicView chosen) {
        clinic.edit(chosen);
    }

    public void newClinic() {
        clinic.clear();
    }

    public void saveClinic() {
        if (clinic.getEditingId() == null) {
            organisation.addClinic(clinic.draft());
        } else {
            organisation.changeClinic(clinic.getEditingId(), clinic.draft());
        }
        saved();
        clinic.clear();
    }

    public void editVisitType(VisitTypeView chosen) {
        visitType.edit(chosen);
    }

    public void newVisitType() {
        visitType.clear();
    }

    public void saveVisitType() {
        if (visitType.getEditingId() == null) {
            organisation.addVisitType(visitType.draft());
        } else {
            organisation.changeVisitType(visitType.getEditingId(), visitType.draft());
        }
        saved();
        visitType.clear();
    }

    private void saved() {
        PageMessages.info(TEXTS, "setup.saved");
        load();
    }

    public String clinicName(long clinicId) {
        return overview.clinics().stream().filter(c -> c.id() == clinicId).map(ClinicView::name).findFirst().orElse("");
    }

    /** The choices of the visit-type form's booking mode, in the order the page offers them. */
    public List<BookingMode> getBookingModes() {
        return List.of(BookingMode.values());
    }

    public Overview getOverview() {
        return overview;
    }

    public GroupForm getGroup() {
        return group;
    }

    public ClinicForm getClinic() {
        return clinic;
    }

    public VisitTypeForm getVisitType() {
        return visitType;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
