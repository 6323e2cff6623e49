package no.timebok.booking.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.config.MissingConfigurationException;
import no.timebok.common.config.TimebokConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/* Addresses are from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32). */
class ClientAddressTest {

    private static final String PROXY = "10.0.0.1";
    private static final String CLIENT = "203.0.113.7";

    private final Map<String, String> settings = new HashMap<>();
    private final ClientAddress clientAddress = new ClientAddress();

    ClientAddressTest() {
        clientAddress.config = new TimebokConfig(key -> Optional.ofNullable(settings.get(key)));
    }

    private void trust(String proxies) {
        settings.put("timebok.http.trusted-proxies", proxies);
    }

    @Test
    void withNoTrustedProxiesTheConnectingAddressIsTheClientWhateverTheHeaderSays() {
        assertEquals(PROXY, clientAddress.of(PROXY, CLIENT));
    }

    @Test
    void aBlankProxyListTrustsNoOne() {
        trust(" , ");

        assertEquals(PROXY, clientAddress.of(PROXY, CLIENT));
    }

    @Test
    void aHeaderFromAPeerThatIsNotATrustedProxyIsIgnored() {
        trust(PROXY);

        assertEquals("198.51.100.9", clientAddress.of("198.51.100.9", "192.0.2.1"));
    }

    @Test
    void behindATrustedProxyTheAddressItAddedIsTheClient() {
        trust(PROXY);

        assertEquals(CLIENT, clientAddress.of(PROXY, CLIENT));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " , ,"})
    void aTrustedProxyThatNamesNoClientIsItselfTheClient(String forwardedFor) {
        trust(PROXY);

        assertEquals(PROXY, clientAddress.of(PROXY, forwardedFor));
    }

    @Test
    void entriesAClientWroteBeforeItsOwnAddressAreIgnored() {
        trust(PROXY);

        assertEquals(CLIENT, clientAddress.of(PROXY, "192.0.2.1, 198.51.100.2, " + CLIENT));
    }

    @Test
    void aForgedEntryNamingATrustedProxyDoesNotHideTheRealClient() {
        trust(PROXY);

        assertEquals(CLIENT, clientAddress.of(PROXY, PROXY + ", " + CLIENT));
    }

    @Test
    void throughAChainOfTrustedProxiesTheFirstUntrustedHopFromTheRightIsTheClient() {
        trust("10.0.0.1, 10.0.0.2");

        assertEquals(CLIENT, clientAddress.of("10.0.0.1", "192.0.2.1, " + CLIENT + ", 10.0.0.2"));
    }

    @Test
    void aHopFromAProxyThatIsNotTrustedEndsTheChain() {
        trust("10.0.0.1");

        assertEquals("10.0.0.99", clientAddress.of("10.0.0.1", CLIENT + ", 10.0.0.99"));
    }

    @Test
    void whenEveryHopIsATrustedProxyTheConnectingProxyIsTheClient() {
        trust("10.0.0.1, 10.0.0.2");

        assertEquals("10.0.0.1", clientAddress.of("10.0.0.1", "10.0.0.2"));
    }

    @Test
    void emptyEntriesAndSpacesAroundEntriesAreSkipped() {
        trust(" 10.0.0.1 ,10.0.0.2 ");

        assertEquals(CLIENT, clientAddress.of("10.0.0.1", " ,  " + CLIENT + " ,, 10.0.0.2 , "));
    }

    @Test
    void anIpv6ProxyAndClientAreReadLikeIpv4Ones() {
        trust("2001:db8::10");

        assertEquals("2001:db8:1::7", clientAddress.of("2001:db8::10", "2001:db8:ffff::1, 2001:db8:1::7"));
    }

    @Test
    void anIpv4ClientBehindAnIpv6Proxy() {
        trust("127.0.0.1, 0:0:0:0:0:0:0:1");

        assertEquals(CLIENT, clientAddress.of("0:0:0:0:0:0:0:1", CLIENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "0:0:0:0:0:0:0:1", "0000:0000:0000:0000:0000:0000:0000:0001"})
    void anIpv6ProxyIsRecognisedWhicheverWayItsAddressIsWritten(String configured) {
        trust(configured);

        assertEquals(CLIENT, clientAddress.of("0:0:0:0:0:0:0:1", CLIENT));
    }

    @Test
    void aProxyListedInUpperCaseHexIsTheSameProxy() {
        trust("2001:DB8::10");

        assertEquals(CLIENT, clientAddress.of("2001:db8:0:0:0:0:0:10", CLIENT));
    }

    @Test
    void aHopNamingATrustedProxyInItsShortFormIsSkipped() {
        trust("10.0.0.1, 2001:db8:0:0:0:0:0:10");

        assertEquals(CLIENT, clientAddress.of("10.0.0.1", CLIENT + ", 2001:db8::10"));
    }

    @Test
    void anIpv4ProxySeenThroughADualStackSocketIsTheSameProxy() {
        trust(PROXY);

        assertEquals(CLIENT, clientAddress.of("::ffff:10.0.0.1", CLIENT));
    }

    @Test
    void anotherIpv6AddressInTheSameNetworkIsNotTrusted() {
        trust("2001:db8::10");

        assertEquals("2001:db8::11", clientAddress.of("2001:db8::11", CLIENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3", "2001:db8::zz", "10.0.0.1.", "010.0.0.1", "::ffff:10.0.0.256"})
    void aMalformedHopIsNeverTakenForATrustedProxy(String hop) {
        trust("10.0.0.1, ::1");

        assertEquals(hop, clientAddress.of("10.0.0.1", CLIENT + ", " + hop));
    }

    @Test
    void aHostNameInTheListIsAConfigurationErrorNamingTheKey() {
        trust("proxy.internal, 10.0.0.1");

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class,
                () -> clientAddress.of("10.0.0.1", CLIENT + ", proxy.internal"));
        assertTrue(refused.getMessage().contains("timebok.http.trusted-proxies"), refused.getMessage());
    }

    @Test
    void anEntryThatIsNotAnAddressIsTakenAsWrittenWhenItIsTheFirstUntrustedHop() {
        trust(PROXY);

        assertEquals("unknown", clientAddress.of(PROXY, CLIENT + ", unknown"));
    }

    @Test
    void aRangeInTheListIsAConfigurationErrorNamingTheKey() {
        trust("10.0.0.0/8");

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class,
                () -> clientAddress.of(PROXY, CLIENT));
        assertTrue(refused.getMessage().contains("timebok.http.trusted-proxies"), refused.getMessage());
    }

    @Test
    void aChangedProxyListTakesEffectOnTheNextRequest() {
        assertEquals(PROXY, clientAddress.of(PROXY, CLIENT));

        trust(PROXY);

        assertEquals(CLIENT, clientAddress.of(PROXY, CLIENT));
    }
}
