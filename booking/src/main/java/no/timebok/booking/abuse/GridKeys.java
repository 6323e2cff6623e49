package no.timebok.booking.abuse;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC keys that the nodes of one data grid share and nothing else holds: drawn at random by the
 * first node that needs one and kept only in the grid's memory, never in a file or the
 * configuration. The edge nodes' grid and the internal nodes' grid each draw their own, so neither
 * side holds a key of the other. After a restart of a whole grid the keys are new: a form shown
 * before it asks the patient to send once more (what they typed is kept), and rate limits start over.
 */
@ApplicationScoped
public class GridKeys {

    static final String MAP = "timebok-grid-keys";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "payara/Hazelcast")
    HazelcastInstance grid;

    private final Map<String, SecretKeySpec> known = new ConcurrentHashMap<>();

    public SecretKeySpec hmacKey(String name) {
        return known.computeIfAbsent(name, this::drawOrJoin);
    }

    private SecretKeySpec drawOrJoin(String name) {
        IMap<String, byte[]> keys = grid.getMap(MAP);
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        byte[] earlier = keys.putIfAbsent(name, fresh);
        return new SecretKeySpec(earlier == null ? fresh : earlier, "HmacSHA256");
    }
}
