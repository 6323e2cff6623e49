package no.timebok.booking.correspondence;

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
import no.timebok.booking.queue.RequestDetail;
import no.timebok.booking.staff.web.RequestPage;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.ThreadEntry;
import no.timebok.common.retention.JournalDecision;
import no.timebok.common.retention.JournalDecisionException;
import no.timebok.common.messaging.ProcessingRestrictedException;
import no.timebok.common.validation.InvalidInputException;

/**
 * Backs the thread include of a request's page. The request comes from the page's own bean, which
 * loaded it through the queue service in this view (clinic scoping, 404 and the VIEWED entry), so
 * the thread adds only its THREAD_VIEWED entry. Typed text stays in the form when it is refused.
 */
@Named
@ViewScoped
public class ThreadView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("nb"));

    @Inject
    transient StaffCorrespondenceService correspondence;

    @Inject
    RequestPage page;

    @Inject
    transient TimebokConfig config;

    private List<Row> rows;
    private final Map<Long, String> decided = new HashMap<>();
    private String channel;
    private String recipient;
    private String text;

    public List<Row> getRows() {
        if (rows == null) {
            load();
        }
        return rows;
    }

    private void load() {
        RequestDetail request = page.getDetail();
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

    public void write() {
        try {
            correspondence.write(page.getId(), channel, recipient, text);
            text = null;
            PageMessages.info("thread.written");
            load();
        } catch (InvalidInputException e) {
            PageMessages.show(e, "thread-form");
        } catch (ProcessingRestrictedException e) {
            PageMessages.error("thread.restricted");
        }
    }

    public void decide(long messageId, String decision) {
        try {
            correspondence.decide(page.getId(), messageId, JournalDecision.valueOf(decision));
            decided.put(messageId, decision);
        } catch (JournalDecisionException e) {
            PageMessages.error("thread.decision.refused");
        }
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
