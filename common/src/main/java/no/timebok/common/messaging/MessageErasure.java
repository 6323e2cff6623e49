package no.timebok.common.messaging;

import java.util.Map;

/**
 * What an erasure of a data subject's correspondence did, counted and never listed, so it can go
 * into a receipt.
 *
 * @param erased rows erased per table ({@code outbox_message}, {@code inbound_message})
 * @param kept messages kept per reason code ({@code journal-transfer-pending},
 *             {@code journal-decision-pending})
 */
public record MessageErasure(Map<String, Long> erased, Map<String, Long> kept) {

    public MessageErasure {
        erased = Map.copyOf(erased);
        kept = Map.copyOf(kept);
    }
}
