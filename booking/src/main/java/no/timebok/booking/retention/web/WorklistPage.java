package no.timebok.booking.retention.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.retention.RetentionService;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.JournalDecision;
import no.timebok.common.retention.JournalWorkItem;

/**
 * Backs {@code staff/worklist.xhtml}: the caller's clinics' messages that need a journal decision,
 * each with the two decisions. A decided message leaves the list at the answer to its POST.
 */
@Named
@RequestScoped
public class WorklistPage {

    @Inject
    RetentionService retention;

    @Inject
    CurrentStaff staff;

    @Inject
    TimebokConfig config;

    private List<JournalWorkItem> items;

    public List<JournalWorkItem> getItems() {
        if (items == null) {
            items = retention.worklist(staff.clinicIds());
        }
        return items;
    }

    public void transfer(String source, long messageId) {
        decide(source, messageId, JournalDecision.TRANSFER);
    }

    public void noHealthInformation(String source, long messageId) {
        decide(source, messageId, JournalDecision.NO_HEALTH_INFORMATION);
    }

    private void decide(String source, long messageId, JournalDecision decision) {
        retention.decide(source, messageId, decision, staff.clinicIds());
        items = null;
        PageMessages.info(RetentionPage.TEXTS, "decision." + decision.name());
    }

    public String time(Instant instant) {
        return instant == null ? "" : RetentionPage.TIME.format(instant.atZone(config.zone()));
    }
}
