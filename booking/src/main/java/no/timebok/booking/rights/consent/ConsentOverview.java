package no.timebok.booking.rights.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.timebok.booking.rights.DataSubject;

/**
 * A person's consents at one clinic: where each purpose stands now (its latest change) and every
 * change, newest first. One change is written to each of the person's booking requests, so the
 * history shows it once, with the references it covers.
 */
public record ConsentOverview(long rightsRequestId, List<PurposeState> purposes, List<Change> history) {

    static ConsentOverview of(DataSubject subject, List<ConsentEvent> oldestFirst) {
        Map<Long, String> references = new LinkedHashMap<>();
        for (int i = 0; i < subject.bookingRequestIds().size(); i++) {
            references.put(subject.bookingRequestIds().get(i), subject.references().get(i));
        }
        Map<ConsentPurpose, ConsentEvent> latest = new EnumMap<>(ConsentPurpose.class);
        Map<ChangeKey, List<String>> changes = new LinkedHashMap<>();
        for (ConsentEvent event : oldestFirst) {
            latest.put(event.purpose(), event);
            changes.computeIfAbsent(ChangeKey.of(event), key -> new ArrayList<>())
                    .add(references.get(event.bookingRequestId()));
        }
        List<PurposeState> purposes = Arrays.stream(ConsentPurpose.values())
                .map(p -> PurposeState.of(p, latest.get(p)))
                .toList();
        List<Change> history = new ArrayList<>();
        changes.forEach((key, refs) -> history.add(0, key.change(refs)));
        return new ConsentOverview(subject.rightsRequestId(), purposes, history);
    }

    /** @param since, channel, textVersion absent while nothing was ever recorded */
    public record PurposeState(ConsentPurpose purpose, ConsentState state, boolean objectable, Instant since,
                               String channel, String textVersion) {

        static PurposeState of(ConsentPurpose purpose, ConsentEvent latest) {
            return latest == null
                    ? new PurposeState(purpose, ConsentState.NONE, purpose.objectable(), null, null, null)
                    : new PurposeState(purpose, latest.state(), purpose.objectable(), latest.recordedAt(), latest.channel(),
                            latest.textVersion());
        }
    }

    public record Change(ConsentPurpose purpose, ConsentState state, String channel, String textVersion,
                         Instant recordedAt, List<String> references) {
    }

    private record ChangeKey(ConsentPurpose purpose, ConsentState state, String channel, String textVersion,
                             Instant recordedAt, Long staffUserId) {

        static ChangeKey of(ConsentEvent event) {
            return new ChangeKey(event.purpose(), event.state(), event.channel(), event.textVersion(), event.recordedAt(),
                    event.staffUserId().orElse(null));
        }

        Change change(List<String> refs) {
            return new Change(purpose, state, channel, textVersion, recordedAt, refs.stream().filter(Objects::nonNull).toList());
        }
    }
}
