package no.timebok.messaging.outbox;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.TemplateField;

/** An SMS in the outbox as the relay's claim (an SQL update, not entity code) leaves it. */
final class ClaimedMessages {

    private ClaimedMessages() {
    }

    static OutboxMessage claimedSms(int attempts, Instant now) throws ReflectiveOperationException {
        OutboxMessage message = OutboxMessage.queue(new OutboundMessage(MessageKind.REQUEST_RECEIVED, 2L, "TB-7K4Q-2M",
                Optional.of("+4791234567"), Optional.empty(), Language.NB, Map.of(TemplateField.REFERENCE, "TB-7K4Q-2M")),
                0, 0, 3, 500, now);
        set(message, "state", OutboxState.SENDING);
        set(message, "attempts", attempts);
        return message;
    }

    static void set(OutboxMessage message, String field, Object value) throws ReflectiveOperationException {
        Field f = OutboxMessage.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(message, value);
    }
}
