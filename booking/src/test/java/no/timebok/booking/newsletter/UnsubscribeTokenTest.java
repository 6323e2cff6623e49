package no.timebok.booking.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.Keysets;
import no.timebok.common.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnsubscribeTokenTest {

    @TempDir
    Path dir;

    private UnsubscribeToken tokens() {
        Path keyset = dir.resolve("keyset.json");
        Keysets.createIfAbsent(keyset);
        UnsubscribeToken tokens = new UnsubscribeToken();
        tokens.cipher = FieldCipher.withKeyset(keyset);
        tokens.config = new TimebokConfig(key -> Optional.ofNullable(Map.of("timebok.public-base-url", "https://timebok.example/").get(key)));
        return tokens;
    }

    @Test
    void theAddressNamesNobodyAndItsTokenOpensToTheClinicAndAddress() {
        UnsubscribeToken tokens = tokens();

        URI url = tokens.url(4, "Kari.Nordmann@Example.no", Language.EN);

        assertTrue(url.toString().startsWith("https://timebok.example/newsletter/unsubscribe?t="), url.toString());
        assertTrue(url.toString().endsWith("&lang=en"));
        assertFalse(url.toString().toLowerCase().contains("kari"), url.toString());
        String token = url.getQuery().substring(2, url.getQuery().indexOf('&'));
        assertEquals(Optional.of(new UnsubscribeToken.Subscriber(4, "kari.nordmann@example.no")), tokens.open(token));
    }

    @Test
    void anythingElseOpensToNothingWithoutAnException() {
        UnsubscribeToken tokens = tokens();
        String token = tokens.url(4, "kari@example.no", Language.NB).getQuery().substring(2, 60);

        for (String broken : new String[] {null, "", "%%%", "not-a-token", token, "A".repeat(2000)}) {
            assertEquals(Optional.empty(), tokens.open(broken), String.valueOf(broken));
        }
    }
}
