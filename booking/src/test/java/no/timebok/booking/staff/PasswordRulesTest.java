package no.timebok.booking.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import no.timebok.common.error.FieldErrors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordRulesTest {

    private static final String USERNAME = "kari.nordmann";

    private static Map<String, String> errorsFor(String password) {
        return errorsFor(password, USERNAME);
    }

    private static Map<String, String> errorsFor(String password, String username) {
        FieldErrors errors = new FieldErrors();
        PasswordRules.check("newPassword", password, username, errors);
        return errors.asMap();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "ellevekarakt", "123456789012", "Blåbærsyltetøy på vaffel"})
    void acceptsAnyPasswordOfTwelveCharactersOrMoreWithoutCompositionRules(String password) {
        assertEquals(Map.of(), errorsFor(password));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void refusesAMissingPassword(String password) {
        assertEquals(Map.of("newPassword", "staff.password.required"), errorsFor(password));
    }

    @Test
    void refusesElevenCharacters() {
        assertEquals(Map.of("newPassword", "staff.password.too-short"), errorsFor("a".repeat(11)));
    }

    @Test
    void acceptsExactlyTwelveCharacters() {
        assertEquals(Map.of(), errorsFor("a".repeat(12)));
    }

    @Test
    void theLowerBoundCountsCharactersSoElevenEmojiAreTooShort() {
        String elevenEmoji = "🔑".repeat(11);

        assertEquals(Map.of("newPassword", "staff.password.too-short"), errorsFor(elevenEmoji));
    }

    @Test
    void twelveEmojiAreLongEnough() {
        assertEquals(Map.of(), errorsFor("🔑".repeat(12)));
    }

    @Test
    void acceptsExactly128Characters() {
        assertEquals(Map.of(), errorsFor("a".repeat(128)));
    }

    @Test
    void refusesMoreThan128Characters() {
        assertEquals(Map.of("newPassword", "staff.password.too-long"), errorsFor("a".repeat(129)));
    }

    /* The upper bound counts UTF-16 units, unlike the lower one: 65 emoji are 130 units. */
    @Test
    void theUpperBoundCountsUtf16UnitsSoSixtyFiveEmojiAreTooLong() {
        assertEquals(Map.of(), errorsFor("🔑".repeat(64)));
        assertEquals(Map.of("newPassword", "staff.password.too-long"), errorsFor("🔑".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kari.nordmann-2027!", "my KARI.NORDMANN secret", "Kari.Nordmann"})
    void refusesAPasswordContainingTheUsernameInAnyCase(String password) {
        assertEquals(Map.of("newPassword", "staff.password.contains-username"), errorsFor(password, "kari.nordmann"));
    }

    @Test
    void partsOfTheUsernameAreAllowed() {
        assertEquals(Map.of(), errorsFor("kari har en lang passfrase"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aMissingUsernameIsNotFoundInsideEveryPassword(String username) {
        assertEquals(Map.of(), errorsFor("a good long passphrase", username));
    }

    @Test
    void aShortPasswordIsNamedTooShortEvenIfItContainsTheUsername() {
        assertEquals(Map.of("newPassword", "staff.password.too-short"), errorsFor("xkarix", "kari"));
    }

    @Test
    void theErrorIsFiledUnderTheFieldTheCallerNames() {
        FieldErrors errors = new FieldErrors();

        PasswordRules.check("oneTimePassword", "short", USERNAME, errors);

        assertEquals(Map.of("oneTimePassword", "staff.password.too-short"), errors.asMap());
    }

    @Test
    void errorsOfOtherFieldsAreKept() {
        FieldErrors errors = new FieldErrors().add("username", "staff.username.invalid");

        PasswordRules.check("oneTimePassword", "", USERNAME, errors);

        assertEquals(Map.of("username", "staff.username.invalid", "oneTimePassword", "staff.password.required"),
                errors.asMap());
    }
}
