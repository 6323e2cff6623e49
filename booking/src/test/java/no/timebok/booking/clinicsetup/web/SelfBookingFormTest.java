package no.timebok.booking.clinicsetup.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import no.timebok.booking.clinicsetup.SetupDrafts.SelfBookingDraft;
import no.timebok.booking.clinicsetup.SetupViews.ClinicView;
import no.timebok.booking.clinicsetup.SetupViews.SelfBookingView;
import org.junit.jupiter.api.Test;

class SelfBookingFormTest {

    @Test
    void aClinicsStoredRulesAreShownAsText() {
        SelfBookingForm form = new SelfBookingForm();
        form.edit(new ClinicView(3, "Bergen", new SelfBookingView(90, 24, true)));
        assertEquals(3L, form.getClinicId());
        assertEquals("90", form.getHorizonDays());
        assertEquals("24", form.getDeadlineHours());
        assertTrue(form.isWaitingList());
    }

    @Test
    void typedNumbersAreSentAsNumbers() {
        SelfBookingForm form = typed(" 30 ", "48");
        assertEquals(new SelfBookingDraft(30, 48, true), form.draft());
    }

    @Test
    void textThatIsNoNumberIsSentOutOfRangeSoItIsRefusedLikeOneAndStaysAsTyped() {
        SelfBookingForm form = typed("tre uker", "99999999999");
        assertEquals(new SelfBookingDraft(-1, -1, true), form.draft(), "both below the lowest value allowed");
        assertEquals("tre uker", form.getHorizonDays(), "the page shows what was typed");
    }

    @Test
    void emptyFieldsAreSentAsMissing() {
        assertEquals(new SelfBookingDraft(null, null, true), typed(" ", "").draft());
    }

    private static SelfBookingForm typed(String horizon, String deadline) {
        SelfBookingForm form = new SelfBookingForm();
        form.setClinicId(3L);
        form.setHorizonDays(horizon);
        form.setDeadlineHours(deadline);
        form.setWaitingList(true);
        return form;
    }
}
