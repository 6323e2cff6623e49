package no.timebok.booking.correspondence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.timebok.booking.correspondence.StaffCorrespondenceService;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.queue.RequestDetail;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.ThreadEntry;
import no.timebok.common.retention.JournalDecision;

/**
 * Backs the thread include of a request's page. The page hands the include the request it opened
 * through the queue service (clinic scoping, 404 and the VIEWED entry) as the parameter
 * {@code subject}, so the thread adds only its THREAD_VIEWED entry. Typed text stays in the form
 * when it is refused.
 */
@Named
@ViewScoped
public class ThreadView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("nb"));

    @Inject
    transient StaffCorrespondenceService correspondence;

    @Inject
    transient TimebokConfig config;

    private List<Row> rows;
    private final Map<Long, String> decided = new HashMap<>();
    private String channel;
    private String recipient;
    private String text;

    /** The thread of the request the page shows, read once per view (and again after a message is written). */
    public List<Row> rowsOf(RequestDetail request) {
        if (rows == null) {
            load(request);
        }
        return rows;
    }

    private void load(RequestDetail request) {
        if (request == null) {
            rows = List.of();
            return;
        }
        rows = correspondence.thread(request).stream().map(this::row).toList();
        if (channel == null) {
            channel = request.phoneE164() != null ? Channel.SMS.name() : Channel.EMAIL.name();
            recipient = request.phoneE164() != null ? request.phoneE164() : request.email();
        }
    }

    public void write(RequestDetail request) {
        correspondence.write(request.id(), channel, recipient, text);
        text = null;
        PageMessages.info("c", "thread.written");
        load(request);
    }

    public void decide(RequestDetail request, long messageId, String decision) {
        correspondence.decide(request.id(), messageId, JournalDecision.valueOf(decision));
        decided.put(messageId, decision);
    }

    /** The decision taken in this view, if any: the thread contract does not carry earlier ones. */
    public String decidedFor(long messageId) {
        return decided.get(messageId);
    }

    private Row row(ThreadEntry e) {
        return new Row(e.messageId(), e.direction().name(), e.channel().name(), e.kind().map(Enum::name).orElse(""),
                e.text().orElse(null), e.state().name(), e.reason().orElse(null), TIME.format(e.at().atZone(config.zone())), e.at());
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    /** One message as the page shows it; text is null once retention erased it. */
    public record Row(long messageId, String direction, String channel, String kind, String text, String state,
                      String reason, String time, Instant at) implements Serializable {

        public boolean outbound() {
            return "OUT".equals(direction);
        }
    }
}
