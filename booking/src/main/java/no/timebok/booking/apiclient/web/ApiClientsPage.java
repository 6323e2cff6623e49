package no.timebok.booking.apiclient.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.booking.apiclient.ApiClientResource.Client;
import no.timebok.booking.apiclient.ApiClientService;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/**
 * Backs the administrator's page of partners' client keys: issue one (its text shown on this page
 * once), see them, revoke one. Never shows a key's secret after the answer that issued it.
 */
@Named
@ViewScoped
public class ApiClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "ak";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    transient ApiClientService clients;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient ClinicRepository clinics;

    @Inject
    transient TimebokConfig config;

    private List<Client> rows = List.of();
    private Map<Long, String> clinicNames = Map.of();
    private String name;
    private String requestsPerMinute = String.valueOf(ApiClientService.DEFAULT_REQUESTS_PER_MINUTE);
    private List<String> clinicIds = new ArrayList<>();
    private String issuedKey;

    public void load() {
        StaffMember me = current.get();
        clinicNames = clinics.namesById(me.clinicIds());
        rows = clients.managedBy(me).stream().map(Client::of).toList();
    }

    public void issue() {
        FieldErrors errors = new FieldErrors();
        Set<Long> chosen = FieldValues.ids(clinicIds, "clinicIds", "staff.clinics.invalid", errors);
        long perMinute = FieldValues.wholeNumber(requestsPerMinute, "requestsPerMinute", "apiClient.rate.invalid", errors).orElse(0L);
        errors.throwIfAny();
        issuedKey = clients.issue(current.get(), name, (int) Math.min(perMinute, Integer.MAX_VALUE), chosen).key();
        PageMessages.info(TEXTS, "apiClients.issued");
        name = null;
        clinicIds = new ArrayList<>();
        load();
    }

    public void revoke(Client row) {
        clients.revoke(current.get(), row.id());
        issuedKey = null;
        PageMessages.info(TEXTS, "apiClients.revoked");
        load();
    }

    public String clinics(Client row) {
        return row.clinicIds().stream().map(id -> clinicNames.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining(", "));
    }

    public String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(config.zone()));
    }

    public List<Client> getRows() {
        return rows;
    }

    public Map<Long, String> getClinicNames() {
        return clinicNames;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(String requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public List<String> getClinicIds() {
        return clinicIds;
    }

    public void setClinicIds(List<String> clinicIds) {
        this.clinicIds = clinicIds;
    }
}
