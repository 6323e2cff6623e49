package no.timebok.common.crypto;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;

/**
 * What each node does at every re-seal interval, for the columns of one module: read the keyset
 * again if it changed, and once a new primary key has been known here for the grace period (time
 * for operations to give every node the new keyset, so no node meets a value it cannot open), walk
 * the columns a chunk at a time until they are done or the round's time is up.
 */
public final class ResealRound {

    private static final Logger LOG = Logger.getLogger(ResealRound.class.getName());

    private final String module;
    private final List<SealedColumn> columns;
    private final Set<String> done = new HashSet<>();
    private int knownPrimary;
    private Instant knownSince;

    public ResealRound(String module, List<SealedColumn> columns) {
        this.module = module;
        this.columns = List.copyOf(columns);
    }

    /**
     * One round, as each module's timer runs it at {@code timebok.crypto.reseal-interval}: it may go on
     * for half the interval, after {@code timebok.crypto.reseal-grace}; the next round carries on.
     *
     * @param step one transaction's step of a column (see {@link Resealing#step})
     */
    public void run(FieldCipher cipher, Clock clock, TimebokConfig config, Function<SealedColumn, Optional<Resealing.Step>> step) {
        run(cipher, clock, config.positiveDuration(ConfigKey.CRYPTO_RESEAL_GRACE),
                config.positiveDuration(ConfigKey.CRYPTO_RESEAL_INTERVAL).dividedBy(2), step);
    }

    synchronized void run(FieldCipher cipher, Clock clock, Duration grace, Duration budget,
                          Function<SealedColumn, Optional<Resealing.Step>> step) {
        cipher.reloadIfChanged();
        Instant now = clock.instant();
        if (knownSince == null || cipher.primaryKeyId() != knownPrimary) {
            knownPrimary = cipher.primaryKeyId();
            knownSince = now;
            done.clear();
        }
        if (now.isBefore(knownSince.plus(grace))) {
            return;
        }
        Instant until = now.plus(budget);
        // A column done for this primary stays done: every value written since is sealed under it.
        for (SealedColumn column : columns) {
            Optional<Resealing.Step> last = Optional.empty();
            while (!done.contains(column.key()) && clock.instant().isBefore(until)) {
                last = step.apply(column);
                if (last.isEmpty()) {
                    break; // Another node walks this column now.
                }
                Resealing.Step s = last.get();
                if (s.resealed() > 0 || s.unreadable() > 0) {
                    LOG.info(() -> "Re-sealed " + s.resealed() + " value(s) of " + s.column() + " under the primary key"
                            + (s.unreadable() > 0 ? "; " + s.unreadable() + " could not be opened and stay as they are" : ""));
                }
                if (s.done()) {
                    done.add(column.key());
                    LOG.info(() -> "Every value of " + s.column() + " (" + module + ") is under primary key "
                            + Integer.toUnsignedString(knownPrimary));
                }
            }
        }
    }
}
