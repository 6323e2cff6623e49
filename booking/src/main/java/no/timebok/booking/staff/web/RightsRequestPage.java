package no.timebok.booking.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import no.timebok.booking.rights.RightsRequestAnsweredException;
import no.timebok.booking.rights.RightsRequestDetail;
import no.timebok.booking.rights.RightsRequestNotFoundException;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.booking.rights.RightsRequestSummary;
import no.timebok.booking.rights.restriction.RestrictionService;
import no.timebok.common.config.TimebokConfig;

/**
 * Backs the page of one rights request: its deadline, the person's booking references, the steps
 * taken, and the actions that answer it. The answering features add their own sections.
 */
@Named
@RequestScoped
public class RightsRequestPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    RightsRequestService rights;

    @Inject
    RestrictionService restrictions;

    @Inject
    TimebokConfig config;

    private Long id;
    private RightsRequestDetail detail;
    private Boolean restricted;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = rights.detail(id);
            restricted = restrictions.isRestricted(id);
        } catch (RightsRequestNotFoundException e) {
            detail = null;
            FacesErrors.global(StaffTexts.text("rights.notFound"));
        }
    }

    public void restrict() {
        restrictions.restrict(id);
        load();
    }

    public void lift() {
        restrictions.lift(id);
        load();
    }

    public void answer() {
        try {
            rights.answer(id);
        } catch (RightsRequestAnsweredException e) {
            FacesErrors.global(StaffTexts.text("rights.alreadyAnswered"));
        }
        load();
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(config.zone()));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RightsRequestDetail getDetail() {
        return detail;
    }

    public RightsRequestSummary getSummary() {
        return detail == null ? null : detail.request();
    }

    public boolean isRestricted() {
        return Boolean.TRUE.equals(restricted);
    }
}
