package no.timebok.booking.abuse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.timebok.common.config.MissingConfigurationException;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.RateLimitedException;
import no.timebok.common.testing.MovableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/*
 * Addresses are from the documentation ranges, phone numbers from Norway's mobile ranges. The
 * buckets live on a real Hazelcast grid of two members on loopback, as on Payara's data grid.
 */
class RateLimitsTest {

    private static final String CLUSTER = "rate-limits-test-" + UUID.randomUUID();
    private static HazelcastInstance member;
    private static HazelcastInstance otherMember;

    private static final String CLIENT = "203.0.113.7";
    private static final String OTHER_CLIENT = "198.51.100.9";
    private static final String PHONE = "+4791234567";

    private final Map<String, String> settings = new HashMap<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2027-06-10T08:00:00Z"), ZoneId.of("Europe/Oslo"));
    private final RateLimits limits;
    private final RateLimits otherNode;

    RateLimitsTest() {
        settings.put("timebok.intake.limit-per-ip", "3/PT10M");
        settings.put("timebok.intake.limit-per-phone", "2/PT24H");
        settings.put("timebok.intake.limit-global", "1000/PT1M");
        member.getMap(RateLimits.BUCKETS).clear();
        limits = on(member);
        otherNode = on(otherMember);
    }

    @BeforeAll
    static void startGrid() {
        member = Hazelcast.newHazelcastInstance(memberConfig());
        otherMember = Hazelcast.newHazelcastInstance(memberConfig());
    }

    @AfterAll
    static void stopGrid() {
        otherMember.shutdown();
        member.shutdown();
    }

    private RateLimits on(HazelcastInstance grid) {
        RateLimits node = new RateLimits();
        node.config = new TimebokConfig(key -> Optional.ofNullable(settings.get(key)));
        node.clock = clock;
        node.grid = grid;
        node.keys = new GridKeys();
        node.keys.grid = grid;
        node.connect();
        return node;
    }

    private static Config memberConfig() {
        Config config = new Config().setClusterName(CLUSTER);
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        NetworkConfig network = config.getNetworkConfig().setPort(5801).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        network.getJoin().getMulticastConfig().setEnabled(false);
        network.getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        return config;
    }

    private void admitClientTimes(String client, int times) {
        for (int i = 0; i < times; i++) {
            limits.admitClient(client);
        }
    }

    @Test
    void admitsAClientUpToItsLimitAndRefusesTheNextWithWhenToTryAgain() {
        admitClientTimes(CLIENT, 3);

        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT));

        // 3 per 10 minutes come back one every 200 seconds.
        assertEquals(200, refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("timebok.intake.limit-per-ip"), refused.getMessage());
    }

    @Test
    void allNodesDrawFromOneBucketPerClient() {
        limits.admitClient(CLIENT);
        otherNode.admitClient(CLIENT);
        limits.admitClient(CLIENT);

        assertThrows(RateLimitedException.class, () -> otherNode.admitClient(CLIENT));
        assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT));
        assertEquals(2, otherMember.getCluster().getMembers().size());
    }

    @Test
    void theGridHoldsNeitherAddressesNorPhoneNumbers() {
        limits.admitClient(CLIENT);
        otherNode.admitPhone(PHONE);

        assertEquals(3, member.getMap(RateLimits.BUCKETS).size(), "ip, global and phone buckets");
        assertTrue(member.<String, byte[]>getMap(RateLimits.BUCKETS).keySet().stream()
                .noneMatch(key -> key.contains(CLIENT) || key.contains(PHONE.substring(3))), "keys");
    }

    @Test
    void eachClientHasItsOwnBucket() {
        admitClientTimes(CLIENT, 3);

        assertDoesNotThrow(() -> admitClientTimes(OTHER_CLIENT, 3));
        assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT));
    }

    @Test
    void aRefusedClientIsRefusedAgainUntilATokenHasCome() {
        admitClientTimes(CLIENT, 3);
        clock.advance(Duration.ofSeconds(150));

        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT));

        assertEquals(50, refused.retryAfterSeconds());
    }

    @Test
    void oneRequestIsAdmittedAgainOnceItsShareOfThePeriodHasPassed() {
        admitClientTimes(CLIENT, 3);
        clock.advance(Duration.ofSeconds(200));

        limits.admitClient(CLIENT);

        assertEquals(200, assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT)).retryAfterSeconds());
    }

    @Test
    void theWholeLimitIsBackAfterThePeriodAndNoMore() {
        admitClientTimes(CLIENT, 3);
        clock.advance(Duration.ofHours(5));

        admitClientTimes(CLIENT, 3);

        assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT));
    }

    @Test
    void aWaitOfLessThanASecondIsAnnouncedAsOneSecond() {
        admitClientTimes(CLIENT, 3);
        clock.advance(Duration.ofMillis(199_600));

        assertEquals(1, assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT)).retryAfterSeconds());
    }

    @Test
    void admitsAPhoneNumberUpToItsLimitAndRefusesTheNext() {
        limits.admitPhone(PHONE);
        limits.admitPhone(PHONE);

        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> limits.admitPhone(PHONE));

        assertEquals(Duration.ofHours(12).toSeconds(), refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("timebok.intake.limit-per-phone"), refused.getMessage());
    }

    @Test
    void eachPhoneNumberHasItsOwnBucket() {
        limits.admitPhone(PHONE);
        limits.admitPhone(PHONE);

        assertDoesNotThrow(() -> limits.admitPhone("+4741234567"));
        assertThrows(RateLimitedException.class, () -> limits.admitPhone(PHONE));
    }

    @Test
    void aPhoneNumberIsAdmittedAgainAfterItsShareOfTheDay() {
        limits.admitPhone(PHONE);
        limits.admitPhone(PHONE);
        clock.advance(Duration.ofHours(12));

        assertDoesNotThrow(() -> limits.admitPhone(PHONE));
    }

    @Test
    void clientAndPhoneLimitsAreSeparateEvenForTheSameText() {
        settings.put("timebok.intake.limit-per-phone", "1/PT24H");
        limits.admitPhone(CLIENT);

        assertDoesNotThrow(() -> admitClientTimes(CLIENT, 3));
        assertThrows(RateLimitedException.class, () -> limits.admitPhone(CLIENT));
    }

    @Test
    void theNodeWideLimitCountsEveryClientTogether() {
        settings.put("timebok.intake.limit-global", "4/PT1M");
        admitClientTimes(CLIENT, 2);
        admitClientTimes(OTHER_CLIENT, 2);

        RateLimitedException refused = assertThrows(RateLimitedException.class,
                () -> limits.admitClient("192.0.2.1"));

        assertEquals(15, refused.retryAfterSeconds());
        assertTrue(refused.getMessage().contains("timebok.intake.limit-global"), refused.getMessage());
    }

    @Test
    void theNodeWideLimitRefillsToo() {
        settings.put("timebok.intake.limit-global", "4/PT1M");
        admitClientTimes(CLIENT, 2);
        admitClientTimes(OTHER_CLIENT, 2);
        clock.advance(Duration.ofSeconds(15));

        assertDoesNotThrow(() -> limits.admitClient("192.0.2.1"));
        assertThrows(RateLimitedException.class, () -> limits.admitClient("192.0.2.2"));
    }

    @Test
    void aClientRefusedByItsOwnLimitDoesNotUseUpTheNodesAllowanceForEveryoneElse() {
        settings.put("timebok.intake.limit-global", "5/PT1M");
        admitClientTimes(CLIENT, 3);
        for (int i = 0; i < 10; i++) {
            assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT));
        }

        assertDoesNotThrow(() -> admitClientTimes(OTHER_CLIENT, 2));
    }

    @Test
    void phoneNumbersDoNotCountAgainstTheNodeWideLimit() {
        settings.put("timebok.intake.limit-global", "1/PT1M");
        limits.admitPhone(PHONE);
        limits.admitPhone("+4741234567");

        assertDoesNotThrow(() -> limits.admitClient(CLIENT));
    }

    @Test
    void aChangedLimitTakesEffectWithAFreshBucket() {
        admitClientTimes(CLIENT, 3);

        settings.put("timebok.intake.limit-per-ip", "5/PT10M");

        assertDoesNotThrow(() -> admitClientTimes(CLIENT, 5));
        assertThrows(RateLimitedException.class, () -> limits.admitClient(CLIENT));
    }

    @Test
    void aMalformedLimitIsAConfigurationErrorNamingItsKey() {
        settings.put("timebok.intake.limit-per-phone", "three a day");

        MissingConfigurationException wrong = assertThrows(MissingConfigurationException.class, () -> limits.admitPhone(PHONE));

        assertTrue(wrong.getMessage().contains("timebok.intake.limit-per-phone"), wrong.getMessage());
    }

    @Test
    void theGridForgetsABucketAfterTheLongestWindowAndKeepsABoundedNumberPerMember() {
        MapConfig buckets = otherMember.getConfig().getMapConfig(RateLimits.BUCKETS);

        assertEquals(Duration.ofHours(24).toSeconds(), buckets.getTimeToLiveSeconds(), "the phone limit's window");
        assertEquals(EvictionPolicy.LRU, buckets.getEvictionConfig().getEvictionPolicy());
        assertEquals(MaxSizePolicy.PER_NODE, buckets.getEvictionConfig().getMaxSizePolicy());
        assertEquals(100_000, buckets.getEvictionConfig().getSize());
    }
}
