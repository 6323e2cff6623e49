package no.timebok.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @Provide
    Arbitrary<String> validAddresses() {
        Arbitrary<String> atom = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars("!#$%&'*+/=?^_`{|}~-")
                .ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> localPart = atom.list().ofMinSize(1).ofMaxSize(4).map(atoms -> String.join(".", atoms));
        Arbitrary<String> letterOrDigit = Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('0', '9').withChars("æøåéüßπж")
                .ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> label = Combinators.combine(letterOrDigit, Arbitraries.of("", "-", "--"), letterOrDigit)
                .as((start, hyphens, end) -> start + hyphens + end);
        Arbitrary<String> topLevel = Arbitraries.strings()
                .withCharRange('a', 'z').withChars("æøå")
                .ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), topLevel)
                .as((labels, tld) -> String.join(".", labels) + "." + tld);
        return Combinators.combine(localPart, domain).as((local, host) -> local + "@" + host);
    }

    @Provide
    Arbitrary<String> validAddressesWithLineBreakInserted() {
        return validAddresses().flatMap(address -> Combinators.combine(
                        Arbitraries.integers().between(0, address.length()),
                        Arbitraries.of("\r", "\n", "\r\n"))
                .as((at, lineBreak) -> address.substring(0, at) + lineBreak + address.substring(at)));
    }

    @Provide
    Arbitrary<String> validAddressesWithControlCharacterInserted() {
        Arbitrary<Character> control = Arbitraries.chars().range('\u0000', '\u001f').range('\u007f', '\u009f');
        return validAddresses().flatMap(address -> Combinators.combine(
                        Arbitraries.integers().between(0, address.length()), control)
                .as((at, c) -> address.substring(0, at) + c + address.substring(at)));
    }

    @Property
    void generatedAddressesAreValid(@ForAll("validAddresses") String address) {
        assertEquals(Optional.of(address), EmailAddresses.normalise(address));
    }

    @Property
    void surroundingWhitespaceIsTrimmed(@ForAll("validAddresses") String address) {
        assertEquals(Optional.of(address), EmailAddresses.normalise("  " + address + " \u2003"));
    }

    @Property
    void aLineBreakAnywhereMakesAnAddressInvalid(@ForAll("validAddressesWithLineBreakInserted") String address) {
        assertEquals(Optional.empty(), EmailAddresses.normalise(address));
    }

    @Property
    void anyControlCharacterAnywhereMakesAnAddressInvalid(
            @ForAll("validAddressesWithControlCharacterInserted") String address) {
        assertEquals(Optional.empty(), EmailAddresses.normalise(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ola.nordmann@example.no", "kari+timebok@mail.example.com", "o'brien@example.ie",
        "user!#$%&'*+/=?^_`{|}~-@example.org", "x@a.co", "post@blåbær.no", "post@xn--blbr-roa5n.no",
        "1234@123.example.no", "a-b@a-b.c-d.no",
    })
    void examplesOfValidAddresses(String address) {
        assertEquals(Optional.of(address), EmailAddresses.normalise(address));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        " ", "plain", "@example.no", "ola@", "ola@example", "ola@@example.no", "ola@kari@example.no",
        ".ola@example.no", "ola.@example.no", "ola..nordmann@example.no", "ola nordmann@example.no",
        "\"ola nordmann\"@example.no", "\"ola\"@example.no", "ola(comment)@example.no", "ola@[192.168.0.1]",
        "ola@-example.no", "ola@example-.no", "ola@example..no", "ola@.example.no", "ola@example.no.",
        "ola@example.n", "ola@example.n0", "ola@example.123", "ola@exa_mple.no", "øla@example.no",
        "ola@example.no>", "<ola@example.no>", "Ola <ola@example.no>", "ola@example.no,kari@example.no",
        "ola@example.no\r\nBcc: victim@example.com", "ola@example.no\n", "\rola@example.no", "ola\u0000@example.no",
    })
    void examplesOfInvalidAddresses(String typed) {
        assertEquals(Optional.empty(), EmailAddresses.normalise(typed));
    }

    @Test
    void theLocalPartHoldsAtMost64Characters() {
        assertEquals(Optional.of("a".repeat(64) + "@example.no"), EmailAddresses.normalise("a".repeat(64) + "@example.no"));
        assertEquals(Optional.empty(), EmailAddresses.normalise("a".repeat(65) + "@example.no"));
    }

    @Test
    void aDomainLabelHoldsAtMost63Characters() {
        assertEquals(Optional.of("a@" + "b".repeat(63) + ".no"), EmailAddresses.normalise("a@" + "b".repeat(63) + ".no"));
        assertEquals(Optional.empty(), EmailAddresses.normalise("a@" + "b".repeat(64) + ".no"));
    }

    @Test
    void theWholeAddressHoldsAtMost254Characters() {
        String longest = addressOfLength(254);
        String tooLong = addressOfLength(255);

        assertEquals(254, longest.length());
        assertEquals(Optional.of(longest), EmailAddresses.normalise(longest));
        assertEquals(255, tooLong.length());
        assertEquals(Optional.empty(), EmailAddresses.normalise(tooLong));
    }

    private static String addressOfLength(int length) {
        String start = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + ".";
        return start + "d".repeat(length - start.length() - 3) + ".no";
    }
}
