package no.timebok.booking.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.timebok.common.config.TimebokConfig;

/**
 * The client's address for rate limiting. X-Forwarded-For is believed only when the connection
 * comes from a configured proxy, and then only its entries added by trusted proxies: anything
 * further left was written by the client and could be forged.
 * <p>
 * A proxy is recognised by its IP address however it is written: the container reports IPv6 peers
 * in full ({@code 0:0:0:0:0:0:0:1}) while people and proxies write them short ({@code ::1}).
 */
@ApplicationScoped
public class ClientAddress {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    // Starts with a hex digit or colon and holds a colon, so the JDK parses it as an IPv6 literal
    // or refuses it; it never asks a name server.
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    @Inject
    TimebokConfig config;

    public String of(String remoteAddress, String forwardedFor) {
        Set<String> trusted = config.trustedProxies();
        if (forwardedFor == null || forwardedFor.isBlank() || !isTrusted(remoteAddress, trusted)) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /** Whether the client (as {@link #of} finds it) is one of the operations clients. */
    public boolean isOperations(String remoteAddress, String forwardedFor) {
        return isTrusted(of(remoteAddress, forwardedFor), config.operationsClients());
    }

    private static boolean isTrusted(String address, Set<String> trusted) {
        if (trusted.contains(address)) {
            return true;
        }
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().map(ClientAddress::literal).anyMatch(parsed::equals);
    }

    /** The address an IPv4 or IPv6 literal names; anything else is empty and is compared as written. */
    private static Optional<InetAddress> literal(String text) {
        if (text == null || !(IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
