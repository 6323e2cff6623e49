package no.timebok.ear.staff;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import no.timebok.ear.clock.TestClock;
import org.apache.commons.codec.binary.Base32;

/**
 * A staff member's authenticator app. The server never accepts a code for a step it has already
 * accepted, and allows the steps on either side of its own for clock skew; so the app remembers its
 * last step and uses the oldest step still accepted, which gives three logins per 30 seconds before
 * it has to wait for the next step.
 */
public final class Authenticator {

    private static final long STEP_SECONDS = 30;
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(STEP_SECONDS));

    private final byte[] secret;
    private long lastStep;

    public Authenticator(String base32Secret) {
        this.secret = new Base32().decode(base32Secret);
    }

    /** A code the server accepts now: for the oldest step it allows that is not used yet. */
    public synchronized String nextCode() {
        long now = TestClock.now().getEpochSecond();
        long current = now / STEP_SECONDS;
        // Near a step's end the server may already be in the next step, where current - 1 is too old.
        long oldestSafe = now % STEP_SECONDS >= STEP_SECONDS - 2 ? current : current - 1;
        long step = Math.max(oldestSafe, lastStep + 1);
        while (step > current + 1) {
            sleepSeconds(1);
            current = TestClock.now().getEpochSecond() / STEP_SECONDS;
        }
        lastStep = step;
        return codeFor(step);
    }

    /** A code for a step the server has already accepted: a replay. */
    public synchronized String lastCode() {
        return codeFor(lastStep);
    }

    private String codeFor(long step) {
        try {
            return String.format("%06d", GENERATOR.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP_SECONDS)));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepSeconds(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
