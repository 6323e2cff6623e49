package no.timebok.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationNumbersTest {

    @Test
    void acceptsRegisteredNumbersWithOrWithoutSpaces() {
        // Brønnøysundregistrene's and Datatilsynet's own numbers.
        assertEquals(Optional.of("974760673"), OrganisationNumbers.normalise("974 760 673"));
        assertEquals(Optional.of("974761467"), OrganisationNumbers.normalise("974761467"));
    }

    @Test
    void refusesAWrongCheckDigitAndWhatIsNotNineDigits() {
        assertTrue(OrganisationNumbers.normalise("974760674").isEmpty());
        assertTrue(OrganisationNumbers.normalise("97476067").isEmpty());
        assertTrue(OrganisationNumbers.normalise("97476067a").isEmpty());
        assertTrue(OrganisationNumbers.normalise(null).isEmpty());
    }
}
