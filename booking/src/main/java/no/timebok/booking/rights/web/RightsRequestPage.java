package no.timebok.booking.rights.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import no.timebok.booking.rights.RightsRequestDetail;
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
    private boolean loaded;

    /** Loads the request once per web request; a button's postback finds its id in the form. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            id = posted != null && posted.matches("\\d{1,18}") ? Long.valueOf(posted) : null;
        }
        if (id == null) {
            return;
        }
        detail = rights.detail(id);
        restricted = restrictions.isRestricted(id);
    }

    public void restrict() {
        restrictions.restrict(id);
        reload();
    }

    public void lift() {
        restrictions.lift(id);
        reload();
    }

    public void answer() {
        try {
            rights.answer(id);
        } finally {
            // Answered now or before: the page shows the request as it is.
            reload();
        }
    }

    private void reload() {
        loaded = false;
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

    /**
     * Loaded on first use, because a postback decodes the page's forms, which are rendered only when
     * there is a request, before the view parameter is set again.
     */
    public RightsRequestDetail getDetail() {
        load();
        return detail;
    }

    public RightsRequestSummary getSummary() {
        return getDetail() == null ? null : detail.request();
    }

    public boolean isRestricted() {
        load();
        return Boolean.TRUE.equals(restricted);
    }
}
