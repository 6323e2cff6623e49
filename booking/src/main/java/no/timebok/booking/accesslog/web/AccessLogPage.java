package no.timebok.booking.accesslog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import no.timebok.booking.accesslog.AccessLogService.PatientAccessLog;
import no.timebok.booking.accesslog.AccessLogService;
import no.timebok.common.config.TimebokConfig;

/** Backs the privacy officer's access-log page: one search, one table. */
@Named
@RequestScoped
public class AccessLogPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Inject
    AccessLogService accessLog;

    @Inject
    TimebokConfig config;

    private String search;
    private PatientAccessLog result;

    public void find() {
        result = accessLog.forPatient(search);
    }

    public String time(Instant at) {
        return TIME.format(at.atZone(config.zone()));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PatientAccessLog getResult() {
        return result;
    }
}
