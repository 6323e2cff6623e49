package no.timebok.booking.waitinglist;

/** What the patient typed to join the waiting list, untouched, so the form can come back as it was. */
public record WaitingListForm(String visitTypeId, String firstName, String lastName, String phone, String email,
                              String earliest, String latest, String language) {

    public static WaitingListForm empty(String visitTypeId, String language) {
        return new WaitingListForm(visitTypeId, null, null, null, null, null, null, language);
    }
}
