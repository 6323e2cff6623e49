package no.timebok.booking.clinic.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import no.timebok.booking.clinic.ClinicGroup;
import no.timebok.booking.clinic.ClinicRepository;

/**
 * What the public pages' header shows (WEB-INF/tags/header.tag, as {@code siteHeader}): the clinic
 * group's name and whether it has a logo. Read once per request, from the database rather than a
 * cache, so an administrator's change shows on the next page on every node. Before an
 * administrator has set the group up, the header names the service.
 */
@Named("siteHeader")
@RequestScoped
public class SiteHeader {

    static final String WITHOUT_GROUP = "Timebok";

    @Inject
    ClinicRepository clinics;

    private Optional<ClinicGroup> group;

    public String getName() {
        return group().map(ClinicGroup::name).orElse(WITHOUT_GROUP);
    }

    public boolean isLogoShown() {
        return group().map(ClinicGroup::hasLogo).orElse(false);
    }

    public String getLogoPath() {
        return LogoServlet.PATH;
    }

    private Optional<ClinicGroup> group() {
        if (group == null) {
            group = clinics.findGroup();
        }
        return group;
    }
}
