package no.timebok.booking.correspondence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import no.timebok.booking.correspondence.StaffCorrespondenceService;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffRole;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.UnmatchedReply;

/** The messages page: what did not reach patients at my clinics, and, for the cross-clinic roles, unmatched replies. */
@Named
@RequestScoped
public class MessagesPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("nb"));

    @Inject
    StaffCorrespondenceService correspondence;

    @Inject
    CurrentStaff current;

    @Inject
    TimebokConfig config;

    private List<StaffCorrespondenceService.Problem> problems;
    private List<UnmatchedReply> unmatched;

    public List<StaffCorrespondenceService.Problem> getProblems() {
        if (problems == null) {
            problems = correspondence.problems();
        }
        return problems;
    }

    public boolean isUnmatchedVisible() {
        return current.get().has(StaffRole.ADMIN) || current.get().has(StaffRole.PRIVACY);
    }

    public List<UnmatchedReply> getUnmatched() {
        if (!isUnmatchedVisible()) {
            return List.of();
        }
        if (unmatched == null) {
            unmatched = correspondence.unmatched();
        }
        return unmatched;
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(config.zone()));
    }
}
