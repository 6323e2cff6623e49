package no.timebok.messaging.relay;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.messaging.Channel;
import no.timebok.messaging.mail.MailGateway;
import no.timebok.messaging.outbox.SendResult;
import no.timebok.messaging.sms.SmsGateway;

/**
 * Runs the relay on a non-persistent interval timer: claim a batch, send it on the container's
 * managed executor, record, and go on while messages are due. A run that finds the previous one
 * still busy returns at once. Sends happen outside transactions, so a slow gateway holds no lock.
 */
@Startup
@Singleton
@DependsOn("MessagingStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RelayTimer {

    private static final Logger LOG = Logger.getLogger(RelayTimer.class.getName());

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    @Inject
    RelayStore store;

    @Inject
    SmsGateway sms;

    @Inject
    MailGateway mail;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /**
     * How far back a restriction can have raced a message queued in a transaction that committed
     * after it: booking's transactions take seconds, so an hour is ample, and the runs stay cheap.
     */
    private static final Duration RESTRICTION_RACE = Duration.ofHours(1);

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = config.positiveDuration(ConfigKey.RELAY_INTERVAL).toMillis();
        TimerConfig timer = new TimerConfig("outbox-relay", false);
        timers.createIntervalTimer(interval, interval, timer);
    }

    @Timeout
    void onTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            runUntilNothingIsDue();
        } finally {
            running.set(false);
        }
    }

    /** Sends everything due now; returns how many messages it claimed. */
    public int runUntilNothingIsDue() {
        int batch = config.positiveInt(ConfigKey.RELAY_BATCH);
        int parallelism = config.positiveInt(ConfigKey.RELAY_PARALLELISM);
        Duration lease = config.positiveDuration(ConfigKey.RELAY_LEASE);
        Duration window = config.positiveDuration(ConfigKey.SMS_AMBIGUITY_WINDOW);
        int claimed = 0;
        int held = store.holdRestricted(clock.instant().minus(RESTRICTION_RACE));
        if (held > 0) {
            LOG.info(() -> held + " outbox message(s) of restricted booking requests held");
        }
        while (true) {
            List<Long> ids = store.claim(clock.instant(), batch, lease, window);
            if (ids.isEmpty()) {
                return claimed;
            }
            claimed += ids.size();
            sendAll(ids, parallelism);
        }
    }

    private void sendAll(List<Long> ids, int parallelism) {
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < parallelism && worker < ids.size(); worker++) {
            int first = worker;
            workers.add(executor.submit(() -> {
                for (int i = first; i < ids.size(); i += parallelism) {
                    sendOne(ids.get(i));
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (ExecutionException e) {
                // The message stays SENDING and is claimed again when its lease runs out.
                LOG.log(Level.WARNING, "A relay worker stopped early", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sendOne(long id) {
        store.prepare(id, clock.instant()).ifPresent(outgoing -> {
            SendResult result = outgoing.channel() == Channel.SMS
                    ? sms.send(id, outgoing.clinicId(), outgoing.recipient(), outgoing.message().text())
                    : mail.send(id, outgoing.recipient(), outgoing.message(), outgoing.unsubscribe());
            store.record(id, result, clock.instant());
            if (result.outcomeUnknown()) {
                LOG.info(() -> "Outbox message " + id + " may have reached the gateway (" + result.failure().orElseThrow()
                        + "); waiting for its delivery report before sending it again");
            } else if (!result.isAccepted()) {
                LOG.info(() -> "Outbox message " + id + " not sent: " + result.failure().orElseThrow());
            }
        });
    }
}
