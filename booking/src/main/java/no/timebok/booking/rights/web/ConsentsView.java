package no.timebok.booking.rights.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.rights.consent.ConsentChannel;
import no.timebok.booking.rights.consent.ConsentForm;
import no.timebok.booking.rights.consent.ConsentOverview;
import no.timebok.booking.rights.consent.ConsentPurpose;
import no.timebok.booking.rights.consent.ConsentService;
import no.timebok.booking.rights.consent.ObjectionForm;
import no.timebok.common.config.TimebokConfig;

/**
 * Backs the consents include of the rights request page: the table and the grant, withdraw and
 * object forms for the request named by the page's {@code id} parameter (the forms post it back).
 */
@Named
@RequestScoped
public class ConsentsView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String TEXTS = "cs";

    @Inject
    ConsentService consents;

    @Inject
    TimebokConfig config;

    private ConsentOverview overview;
    private boolean loaded;
    private String purpose;
    private String granted;
    private String channel;
    private String textVersion;
    private String objectionPurpose;

    public ConsentOverview getOverview() {
        if (!loaded) {
            loaded = true;
            Long id = rightsRequestId();
            // Read while the page renders, so a request that is not the officer's shows nothing rather than fail.
            overview = id == null ? null : consents.findOverview(id).orElse(null);
        }
        return overview;
    }

    public void record() {
        Long id = rightsRequestId();
        if (id == null) {
            return;
        }
        overview = consents.record(id, new ConsentForm(purpose, granted == null || granted.isEmpty() ? null
                : Boolean.valueOf(granted), channel, textVersion));
        loaded = true;
        PageMessages.info(TEXTS, "consents.recorded");
    }

    public void object() {
        Long id = rightsRequestId();
        if (id == null) {
            return;
        }
        overview = consents.object(id, new ObjectionForm(objectionPurpose));
        loaded = true;
        PageMessages.info(TEXTS, "consents.objected");
    }

    public List<ConsentPurpose> getPurposes() {
        return List.of(ConsentPurpose.values());
    }

    public List<ConsentPurpose> getObjectablePurposes() {
        return List.of(ConsentPurpose.values()).stream().filter(ConsentPurpose::objectable).toList();
    }

    public List<String> getChannels() {
        return List.of(ConsentChannel.values()).stream().map(ConsentChannel::code)
                .filter(c -> ConsentChannel.staffChannel(c).isPresent()).toList();
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(config.zone()));
    }

    public Long getRightsRequestId() {
        return rightsRequestId();
    }

    private static Long rightsRequestId() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getGranted() {
        return granted;
    }

    public void setGranted(String granted) {
        this.granted = granted;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public void setTextVersion(String textVersion) {
        this.textVersion = textVersion;
    }

    public String getObjectionPurpose() {
        return objectionPurpose;
    }

    public void setObjectionPurpose(String objectionPurpose) {
        this.objectionPurpose = objectionPurpose;
    }
}
