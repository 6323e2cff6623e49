package no.timebok.messaging.keys;

import java.util.List;
import no.timebok.common.crypto.SealedColumn;

/**
 * Every messaging column sealed under the keyset, with its seal context written in SQL exactly as
 * OutboxMessage and InboundMessage write it: a context that differs opens nothing.
 */
final class MessagingSealedColumns {

    static final List<SealedColumn> ALL = List.of(
            new SealedColumn("outbox_message", "body_sealed", "CONCAT('outbox_message.body:', id)"),
            new SealedColumn("inbound_message", "body_sealed", "CONCAT('inbound_message.body:', id)"));

    private MessagingSealedColumns() {
    }
}
