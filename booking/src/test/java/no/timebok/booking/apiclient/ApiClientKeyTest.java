package no.timebok.booking.apiclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiClientKeyTest {

    @Test
    void anIssuedKeyIsReadBackFromItsBearerHeader() {
        ApiClientKey key = ApiClientKey.generate();

        ApiClientKey read = ApiClientKey.fromAuthorization("Bearer " + key.text()).orElseThrow();

        assertEquals(key, read);
        assertArrayEquals(key.secretDigest(), read.secretDigest());
    }

    @Test
    void twoKeysShareNeitherIdNorSecret() {
        ApiClientKey one = ApiClientKey.generate();
        ApiClientKey other = ApiClientKey.generate();

        assertNotEquals(one.keyId(), other.keyId());
        assertNotEquals(one.secret(), other.secret());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer", "Basic dXNlcjpwYXNz", "Bearer tbk.short.secret",
        "Bearer tbk.abcdefghijklmnop.tooShortSecret", "bearer tbk.abcdefghijklmnop.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer tbk.ABCDEFGHIJKLMNOP.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElseIsNoKey(String header) {
        assertTrue(ApiClientKey.fromAuthorization(header).isEmpty());
    }

    @Test
    void aKeyInALogShowsOnlyItsId() {
        ApiClientKey key = ApiClientKey.generate();

        assertTrue(key.toString().contains(key.keyId()));
        assertFalse(key.toString().contains(key.secret()));
    }
}
