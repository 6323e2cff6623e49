package no.timebok.booking.rights.consent;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import no.timebok.booking.rights.RightsRequestNotFoundException;
import no.timebok.booking.staff.web.FacesErrors;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.validation.InvalidInputException;

/**
 * Backs the consents include of the rights request page: the table and the grant, withdraw and
 * object forms for the request named by the page's {@code id} parameter (the forms post it back).
 */
@Named
@RequestScoped
public class ConsentsView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String BUNDLE = "no.timebok.booking.rights.consent.consents";

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
            try {
                overview = id == null ? null : consents.overview(id);
            } catch (RightsRequestNotFoundException e) {
                overview = null;
            }
        }
        return overview;
    }

    public void record() {
        Long id = rightsRequestId();
        if (id == null) {
            return;
        }
        try {
            overview = consents.record(id, new ConsentForm(purpose, granted == null || granted.isEmpty() ? null
                    : Boolean.valueOf(granted), channel, textVersion));
            loaded = true;
            FacesErrors.info(text("consents.recorded"));
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "consent-form");
        }
    }

    public void object() {
        Long id = rightsRequestId();
        if (id == null) {
            return;
        }
        try {
            overview = consents.object(id, new ObjectionForm(objectionPurpose));
            loaded = true;
            FacesErrors.info(text("consents.objected"));
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "objection-form");
        }
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

    private static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, java.util.Locale.forLanguageTag("nb"), ConsentsView.class.getClassLoader())
                .getString(key);
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
