package no.timebok.booking.rights;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/** The persons matched during one web request, by rights request id; gone with the request. */
@RequestScoped
public class MatchedSubjects {

    private final Map<Long, DataSubject> byRightsRequest = new HashMap<>();

    DataSubject computeIfAbsent(long rightsRequestId, LongFunction<DataSubject> match) {
        return byRightsRequest.computeIfAbsent(rightsRequestId, match::apply);
    }
}
