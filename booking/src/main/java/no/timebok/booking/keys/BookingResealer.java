package no.timebok.booking.keys;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.Resealing;
import no.timebok.common.crypto.SealedColumn;

/** One re-seal step of a booking column, in a transaction of its own. */
@Stateless
public class BookingResealer {

    static final String PROGRESS = "booking_key_reseal";

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    public Optional<Resealing.Step> step(SealedColumn column) {
        return Resealing.step(em, cipher, PROGRESS, column, config.positiveInt(ConfigKey.CRYPTO_RESEAL_CHUNK_SIZE), clock.instant());
    }
}
