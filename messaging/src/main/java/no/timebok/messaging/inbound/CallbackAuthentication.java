package no.timebok.messaging.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;

/**
 * Checks the gateway's HTTP Basic credentials: the password must be the configured shared secret
 * (the user name is not checked). No secret configured means nothing is accepted.
 */
@ApplicationScoped
public class CallbackAuthentication {

    @Inject
    TimebokConfig config;

    public boolean accepts(String authorization) {
        String secret = config.value(ConfigKey.SMS_WEBHOOK_SECRET);
        if (secret.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return false;
        }
        // Constant time, so the answer's timing says nothing about how much of a guess was right.
        return MessageDigest.isEqual(decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    static Response challenge() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .header("WWW-Authenticate", "Basic realm=\"timebok-sms-callbacks\"")
                .build();
    }
}
