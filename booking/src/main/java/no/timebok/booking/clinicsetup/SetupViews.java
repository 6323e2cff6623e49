package no.timebok.booking.clinicsetup;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicNotice;
import no.timebok.booking.clinic.SelfBookingRules;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.schedule.Closure;
import no.timebok.booking.schedule.Resource;
import no.timebok.booking.schedule.WeeklyHours;
import no.timebok.common.i18n.Language;

/** The set-up as pages and the API show it. */
public final class SetupViews {

    private SetupViews() {
    }

    public record Overview(List<ClinicView> clinics, List<ResourceView> resources, List<ClosureView> closures,
                           List<NoticeView> notices, List<VisitTypeView> visitTypes) {
    }

    public record ClinicView(long id, String name, SelfBookingView selfBooking) {
        static ClinicView of(Clinic clinic) {
            return new ClinicView(clinic.id(), clinic.name(), SelfBookingView.of(clinic.selfBooking()));
        }
    }

    /** The same fields as {@code SetupDrafts.SelfBookingDraft}, so a client can send back what it read. */
    public record SelfBookingView(int horizonDays, int deadlineHours, boolean waitingList) {
        static SelfBookingView of(SelfBookingRules rules) {
            return new SelfBookingView(rules.horizonDays(), rules.deadlineHours(), rules.waitingList());
        }
    }

    /** {@code hours}: every weekday, Monday first, with its intervals as text ("" when closed). */
    public record ResourceView(long id, long clinicId, String name, String place, boolean active, Map<String, String> hours) {
        static ResourceView of(Resource resource) {
            Map<String, String> hours = new LinkedHashMap<>();
            Map<DayOfWeek, String> text = WeeklyHours.of(resource.openingHours()).asText();
            text.forEach((day, intervals) -> hours.put(day.name(), intervals));
            return new ResourceView(resource.id(), resource.clinicId(), resource.name(), resource.place(), resource.active(), hours);
        }
    }

    public record ClosureView(long id, long clinicId, Long resourceId, LocalDate firstDay, LocalDate lastDay, String reason) {
        static ClosureView of(Closure closure) {
            return new ClosureView(closure.id(), closure.clinicId(), closure.resourceId().orElse(null), closure.firstDay(),
                    closure.lastDay(), closure.reason());
        }
    }

    public record NoticeView(long id, long clinicId, String titleNb, String titleEn, String bodyNb, String bodyEn,
                             LocalDate shownFrom, LocalDate shownUntil) {
        static NoticeView of(ClinicNotice notice) {
            return new NoticeView(notice.id(), notice.clinicId(), notice.title(Language.NB), notice.title(Language.EN), notice.body(Language.NB),
                    notice.body(Language.EN), notice.shownFrom(), notice.shownUntil());
        }
    }

    public record VisitTypeView(long id, long clinicId, String clinicName, String name, int slotMinutes, boolean active) {
        static VisitTypeView of(VisitType visitType) {
            return new VisitTypeView(visitType.id(), visitType.clinicId(), visitType.clinicName(), visitType.name(Language.NB),
                    visitType.slotMinutes(), visitType.active());
        }
    }
}
