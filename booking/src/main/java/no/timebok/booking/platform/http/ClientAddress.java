package no.timebok.booking.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import no.timebok.common.config.TimebokConfig;

/**
 * The client's address for rate limiting. X-Forwarded-For is believed only when the connection
 * comes from a configured proxy, and then only its entries added by trusted proxies: anything
 * further left was written by the client and could be forged.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    TimebokConfig config;

    public String of(String remoteAddress, String forwardedFor) {
        Set<String> trusted = config.trustedProxies();
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(remoteAddress)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
