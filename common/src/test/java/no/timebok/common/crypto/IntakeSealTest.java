package no.timebok.common.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;
import no.timebok.common.config.TimebokConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeSealTest {

    private static final String NATIONAL_ID = "15076500565";
    private static final String CONTEXT = "booking_request.national_id:q0Wm9vVz3kD8x1yJZ4tNaQ";

    @TempDir
    Path dir;

    private Path keyset;
    private Path privateKeyset;
    private Path publicKeyset;

    @BeforeEach
    void keys() {
        keyset = dir.resolve("keyset.json");
        assertTrue(Keysets.createIfAbsent(keyset));
        privateKeyset = dir.resolve(TimebokConfig.INTAKE_PRIVATE_FILE);
        publicKeyset = dir.resolve(TimebokConfig.INTAKE_PUBLIC_FILE);
    }

    @Test
    void whatTheEdgeSealsOnlyTheInternalSideOpens() {
        IntakeSeal edge = IntakeSeal.sealingOnly(publicKeyset);
        IntakeSeal internal = IntakeSeal.withKeys(privateKeyset, publicKeyset, keyset);

        byte[] sealed = edge.seal(NATIONAL_ID, CONTEXT);

        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(NATIONAL_ID));
        assertThrows(RuntimeException.class, () -> edge.open(sealed, CONTEXT), "the edge cannot open what it wrote");
        assertEquals(NATIONAL_ID, internal.open(sealed, CONTEXT));
    }

    @Test
    void thePublicKeysetHoldsNoKeyThatDecrypts() throws Exception {
        GeneralSecurityException refused = assertThrows(GeneralSecurityException.class,
                () -> Keysets.readPublic(publicKeyset).getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class));

        assertTrue(refused.getMessage() != null, "Tink names what is missing");
        assertFalse(Files.readString(publicKeyset).contains("ASYMMETRIC_PRIVATE"), Files.readString(publicKeyset));
        assertTrue(Files.readString(privateKeyset).contains("ASYMMETRIC_PRIVATE"));
    }

    @Test
    void aValueMovedToAnotherRowOrColumnDoesNotOpen() {
        IntakeSeal internal = IntakeSeal.withKeys(privateKeyset, publicKeyset, keyset);
        byte[] sealed = internal.seal(NATIONAL_ID, CONTEXT);

        assertThrows(FieldDecryptionException.class, () -> internal.open(sealed, "booking_request.national_id:another"));
        assertThrows(FieldDecryptionException.class, () -> internal.open(sealed, "booking_request.free_text:q0Wm9vVz3kD8x1yJZ4tNaQ"));
    }

    @Test
    void aValueSealedBeforeTheKeyPairExistedStillOpens() {
        byte[] older = FieldCipher.withKeyset(keyset).seal(NATIONAL_ID, CONTEXT);

        assertEquals(NATIONAL_ID, IntakeSeal.withKeys(privateKeyset, publicKeyset, keyset).open(older, CONTEXT));
    }

    @Test
    void anInstallationFromBeforeThePairGetsItAndKeepsItsKeyset() throws Exception {
        Files.delete(privateKeyset);
        Files.delete(publicKeyset);
        String before = Files.readString(keyset);

        assertFalse(Keysets.createIfAbsent(keyset), "the keyset itself is never replaced");

        assertEquals(before, Files.readString(keyset));
        assertTrue(Files.exists(privateKeyset) && Files.exists(publicKeyset));
        assertEquals(Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(privateKeyset));
    }

    @Test
    void anExistingPairIsNeverReplaced() throws Exception {
        String before = Files.readString(privateKeyset);

        assertFalse(Keysets.createIntakePairIfAbsent(privateKeyset, publicKeyset));

        assertEquals(before, Files.readString(privateKeyset));
    }
}
