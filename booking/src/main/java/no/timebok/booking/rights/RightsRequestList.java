package no.timebok.booking.rights;

import java.util.List;

/** The officer's list: open requests by deadline, then the most recently answered. */
public record RightsRequestList(List<RightsRequestSummary> open, List<RightsRequestSummary> answered) {

    public long overdue() {
        return open.stream().filter(RightsRequestSummary::overdue).count();
    }
}
