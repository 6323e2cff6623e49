package no.timebok.booking.notice;

import java.time.LocalDate;
import java.util.List;

/**
 * What the privacy notice states that is not fixed wording, in one language: the controllers from the
 * database and the periods from the running configuration. The page's prose lives in the message
 * bundles; everything it promises about time comes from here, so it cannot drift from the timers.
 *
 * @param versionDate the notice's version, as configured
 * @param versionDateText the same date in words of the page's language
 * @param group the clinic group; null until an administrator has set it up
 * @param controllers every clinic that takes bookings, by name
 * @param retention the configured periods in words
 */
public record PrivacyNotice(LocalDate versionDate, String versionDateText, Group group, List<Controller> controllers,
                            Retention retention) {

    public PrivacyNotice {
        controllers = List.copyOf(controllers);
    }

    /** Whether the group, and with it the data protection officer, is known. */
    public boolean hasGroup() {
        return group != null;
    }

    /**
     * The clinic group and its data protection officer; parts an administrator left empty are empty
     * strings, which the page leaves out.
     */
    public record Group(String name, String organisationNumber, String dpoName, String dpoEmail, String dpoPhone,
                        String dpoPhoneLink) {
    }

    /**
     * A clinic, the data controller for its own patients; parts not filled in are empty strings.
     *
     * @param phoneLink the phone as a {@code tel:} address, empty when there is no phone
     */
    public record Controller(String name, String organisationNumber, String address, String phone, String phoneLink,
                             String email) {
    }

    /**
     * The configured retention, in words.
     *
     * @param freeText how long the form's free text and the staff's notes on it are kept, "21 dager"
     * @param freeTextRuns when that deletion runs, "hver dag kl. 04:10"
     * @param contactData how long contact data is kept, "5 måneder"
     * @param contactDataRuns when that deletion runs
     * @param correspondenceAtMonthEnd whether SMS and email go at the end of their month
     * @param correspondenceAfterMonthEnd otherwise, how long after the end of the month they are kept
     * @param correspondenceRuns when that deletion runs, "den 1. i hver måned kl. 00:15"
     */
    public record Retention(String freeText, String freeTextRuns, String contactData, String contactDataRuns,
                            boolean correspondenceAtMonthEnd, String correspondenceAfterMonthEnd,
                            String correspondenceRuns) {
    }
}
