package no.timebok.booking.rights.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.rights.IdentityCheck;
import no.timebok.booking.rights.MatchedBy;
import no.timebok.booking.rights.RightsRequestForm;
import no.timebok.booking.rights.RightsRequestKind;
import no.timebok.booking.rights.RightsRequestList;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.booking.rights.RightsRequestSummary;
import no.timebok.common.config.TimebokConfig;

/**
 * Backs the privacy officer's list of rights requests and the form that registers one. After
 * registering, the browser is sent to the new request's page, so a reload cannot register it twice.
 */
@Named
@RequestScoped
public class RightsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    RightsRequestService rights;

    @Inject
    ClinicRepository clinics;

    @Inject
    CurrentStaff current;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    private RightsRequestList list;
    private Map<Long, String> clinicNames;

    private Long clinicId;
    private String kind;
    private String matchedBy = MatchedBy.NATIONAL_ID.name();
    private String matchKey;
    private String identityCheck;
    private String identityNote;
    private String receivedOn;

    public void load() {
        if (receivedOn == null) {
            receivedOn = LocalDate.ofInstant(clock.instant(), config.zone()).toString();
        }
    }

    public String register() {
        RightsRequestSummary registered = rights.register(new RightsRequestForm(clinicId, kind, matchedBy, matchKey,
                identityCheck, identityNote, receivedOn));
        return "/staff/privacy/rights-request.xhtml?faces-redirect=true&id=" + registered.id();
    }

    public RightsRequestList getList() {
        if (list == null) {
            list = rights.list();
        }
        return list;
    }

    public Map<Long, String> getClinicNames() {
        if (clinicNames == null) {
            clinicNames = clinics.namesById(current.clinicIds());
        }
        return clinicNames;
    }

    public String clinicName(long id) {
        return getClinicNames().getOrDefault(id, String.valueOf(id));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public List<String> getKinds() {
        return enumNames(RightsRequestKind.values());
    }

    public List<String> getMatchers() {
        return enumNames(MatchedBy.values());
    }

    public List<String> getIdentityChecks() {
        return enumNames(IdentityCheck.values());
    }

    private static List<String> enumNames(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    public Long getClinicId() {
        return clinicId;
    }

    public void setClinicId(Long clinicId) {
        this.clinicId = clinicId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMatchedBy() {
        return matchedBy;
    }

    public void setMatchedBy(String matchedBy) {
        this.matchedBy = matchedBy;
    }

    public String getMatchKey() {
        return matchKey;
    }

    public void setMatchKey(String matchKey) {
        this.matchKey = matchKey;
    }

    public String getIdentityCheck() {
        return identityCheck;
    }

    public void setIdentityCheck(String identityCheck) {
        this.identityCheck = identityCheck;
    }

    public String getIdentityNote() {
        return identityNote;
    }

    public void setIdentityNote(String identityNote) {
        this.identityNote = identityNote;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(String receivedOn) {
        this.receivedOn = receivedOn;
    }
}
