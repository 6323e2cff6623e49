package no.timebok.booking.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.VisitType;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * National ID numbers here are built from the control-digit rules with year 45 and an individual
 * number from 600 to 699, a range issued before 2032 only for births in 1854-1899 and 2000-2039, so
 * none of them is anyone's number.
 */
class BookingFormValidatorTest {

    /** Thursday 10 June 2027, 10:00 in Oslo. */
    private static final Instant NOW = Instant.parse("2027-06-10T08:00:00Z");

    private final ClinicCatalogue catalogue = new ClinicCatalogue();
    private final BookingFormValidator validator = new BookingFormValidator();

    private Clinic clinic;
    private VisitType checkUp;
    private Map<String, Object> fields;

    @BeforeEach
    void setUp() {
        clinic = catalogue.clinic(2, true);
        checkUp = catalogue.visitType(21, clinic, true);
        validator.clinics = catalogue;
        validator.config = new TimebokConfig(key -> Optional.empty());
        validator.clock = Clock.fixed(NOW, ZoneOffset.UTC);

        fields = new LinkedHashMap<>();
        fields.put("firstName", "Kari");
        fields.put("lastName", "Nordmann");
        fields.put("phone", "912 34 567");
        fields.put("email", "");
        fields.put("nationalId", "");
        fields.put("clinicId", "2");
        fields.put("visitTypeId", "21");
        fields.put("earliestDate", "");
        fields.put("latestDate", "");
        fields.put("partOfDay", "");
        fields.put("freeText", "Kontroll etter behandling");
        fields.put("newsletter", false);
        fields.put("language", "nb");
        fields.put("privacyVersion", null);
    }

    private BookingFormValidatorTest with(String field, Object value) {
        if (!fields.containsKey(field)) {
            throw new IllegalArgumentException("no field " + field);
        }
        fields.put(field, value);
        return this;
    }

    private BookingForm form() {
        return new BookingForm(text("firstName"), text("lastName"), text("phone"), text("email"), text("nationalId"),
                text("clinicId"), text("visitTypeId"), text("earliestDate"), text("latestDate"), text("partOfDay"),
                text("freeText"), (Boolean) fields.get("newsletter"), text("language"), text("privacyVersion"));
    }

    private String text(String field) {
        return (String) fields.get(field);
    }

    private BookingDetails accepted() {
        return validator.validate(form(), clinic -> true);
    }

    private Map<String, String> refused() {
        return assertThrows(InvalidInputException.class, () -> validator.validate(form(), clinic -> true)).errors().asMap();
    }

    @Test
    void aCompleteFormBecomesTheDetailsOfARequest() {
        with("firstName", "  Kari ").with("lastName", " Nordmann ").with("phone", " +47 912 34 567 ")
                .with("email", " kari@example.no ").with("earliestDate", "2027-06-14").with("latestDate", "2027-07-01")
                .with("partOfDay", "morning").with("freeText", "  Kontroll  ").with("newsletter", true).with("language", "en");

        BookingDetails details = accepted();

        assertSame(clinic, details.clinic());
        assertSame(checkUp, details.visitType());
        assertEquals(new PatientContact("Kari", "Nordmann", Optional.of("+4791234567"), Optional.of("kari@example.no")),
                details.contact());
        assertEquals(Optional.empty(), details.nationalId());
        assertEquals(new PreferredPeriod(Optional.of(LocalDate.of(2027, 6, 14)), Optional.of(LocalDate.of(2027, 7, 1)),
                PartOfDay.MORNING), details.period());
        assertEquals("Kontroll", details.freeText());
        assertTrue(details.newsletter());
        assertEquals("en", details.language().tag());
    }

    @Test
    void recordsThePrivacyNoticeVersionTheFormPostedBackAndTheCurrentOneForAnythingElse() {
        LocalDate current = validator.config.privacyVersionDate();

        assertEquals(LocalDate.of(2026, 11, 1), with("privacyVersion", "2026-11-01").accepted().privacyVersion());
        assertEquals(current, with("privacyVersion", "1 November").accepted().privacyVersion());
        assertEquals(current, with("privacyVersion", null).accepted().privacyVersion());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        with("firstName", " ").with("lastName", null).with("phone", "123").with("email", "kari@")
                .with("nationalId", "12345678901").with("clinicId", "x").with("visitTypeId", "").with("earliestDate", "tomorrow")
                .with("latestDate", "2020-01-01").with("partOfDay", "evening").with("freeText", null);

        assertEquals(List.of("firstName", "lastName", "phone", "email", "nationalId", "clinic", "visitType", "earliestDate",
                "latestDate", "partOfDay", "freeText"), List.copyOf(refused().keySet()));
    }

    @Nested
    class Names {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void refusesAMissingFirstName(String typed) {
            with("firstName", typed);

            assertEquals(Map.of("firstName", "error.firstName.required"), refused());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void refusesAMissingLastName(String typed) {
            with("lastName", typed);

            assertEquals(Map.of("lastName", "error.lastName.required"), refused());
        }

        @Test
        void acceptsNamesOfAHundredCharacters() {
            with("firstName", "K".repeat(100)).with("lastName", "N".repeat(100));

            assertEquals("K".repeat(100), accepted().contact().firstName());
        }

        @Test
        void refusesNamesLongerThanAHundredCharacters() {
            with("firstName", "K".repeat(101)).with("lastName", "N".repeat(101));

            assertEquals(Map.of("firstName", "error.firstName.tooLong", "lastName", "error.lastName.tooLong"), refused());
        }

        @Test
        void countsCharactersNotUtf16UnitsSoAHundredEmojiFit() {
            String hundredEmoji = "😀".repeat(100);
            with("firstName", hundredEmoji);

            assertEquals(hundredEmoji, accepted().contact().firstName());
        }

        @Test
        void measuresTheLengthAfterTrimming() {
            with("lastName", "  " + "N".repeat(100) + "  ");

            assertEquals("N".repeat(100), accepted().contact().lastName());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Kari\nBcc", "Ka\tri"})
        void refusesLineBreaksAndTabsInsideAName(String typed) {
            with("firstName", typed).with("lastName", typed);

            assertEquals(Map.of("firstName", "error.firstName.invalid", "lastName", "error.lastName.invalid"), refused());
        }

        /** Like in every other field, with the error that says why (see {@link CharactersThatCannotBeStored}). */
        @ParameterizedTest
        @ValueSource(strings = {"Kari\u0000", "Kari\u007f", "Kari\u0085Nordmann"})
        void refusesOtherControlCharactersInsideAName(String typed) {
            with("firstName", typed).with("lastName", typed);

            assertEquals(Map.of("firstName", "error.text.unusableCharacters", "lastName", "error.text.unusableCharacters"),
                    refused());
        }

        @Test
        void acceptsNorwegianLettersHyphensAndApostrophes() {
            with("firstName", "Åse-Marit").with("lastName", "Ødegård O'Neill");

            PatientContact contact = accepted().contact();

            assertEquals("Åse-Marit", contact.firstName());
            assertEquals("Ødegård O'Neill", contact.lastName());
        }
    }

    @Nested
    class Phone {

        @ParameterizedTest
        @ValueSource(strings = {"91234567", "912 34 567", "+47 912 34 567", "0047 91234567", "(+47) 912-34-567"})
        void storesANorwegianMobileInE164HoweverItIsTyped(String typed) {
            with("phone", typed);

            assertEquals(Optional.of("+4791234567"), accepted().contact().phoneE164());
        }

        @Test
        void acceptsANorwegianMobileStartingWith4() {
            with("phone", "412 34 567");

            assertEquals(Optional.of("+4741234567"), accepted().contact().phoneE164());
        }

        @ParameterizedTest
        @CsvSource({"+46 70 123 45 67, +46701234567", "+44 7400 123456, +447400123456", "00358 40 1234567, +358401234567"})
        void acceptsForeignMobilesInE164(String typed, String e164) {
            with("phone", typed);

            assertEquals(Optional.of(e164), accepted().contact().phoneE164());
        }

        @Test
        void acceptsANorthAmericanNumberThatMayBeAMobile() {
            with("phone", "+1 650 253 0000");

            assertEquals(Optional.of("+16502530000"), accepted().contact().phoneE164());
        }

        @ParameterizedTest
        @ValueSource(strings = {"22 12 34 56", "+47 22 12 34 56", "800 12 345"})
        void refusesANorwegianNumberThatIsNotAMobile(String typed) {
            with("phone", typed);

            assertEquals(Map.of("phone", "error.phone.notMobile"), refused());
        }

        @ParameterizedTest
        @ValueSource(strings = {"123", "912 34 56", "912 34 5678", "11 22 33 44", "not a number", "+47"})
        void refusesWhatIsNotAPhoneNumber(String typed) {
            with("phone", typed);

            assertEquals(Map.of("phone", "error.phone.invalid"), refused());
        }

        @Test
        void readsInputOfFortyCharacters() {
            with("phone", " ".repeat(32) + "91234567");

            assertEquals(Optional.of("+4791234567"), accepted().contact().phoneE164());
        }

        @Test
        void refusesInputLongerThanFortyCharactersEvenIfItHoldsANumber() {
            with("phone", " ".repeat(33) + "91234567");

            assertEquals(Map.of("phone", "error.phone.invalid"), refused());
        }

        @Test
        void aBlankPhoneIsFineWhenAnEmailIsGiven() {
            with("phone", "  ").with("email", "kari@example.no");

            PatientContact contact = accepted().contact();

            assertEquals(Optional.empty(), contact.phoneE164());
            assertEquals(Optional.of("kari@example.no"), contact.email());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void refusesAFormWithNeitherPhoneNorEmail(String blank) {
            with("phone", blank).with("email", blank);

            assertEquals(Map.of("phone", "error.phone.orEmail"), refused());
        }
    }

    @Nested
    class Email {

        @Test
        void storesTheAddressTrimmed() {
            with("email", "  kari.nordmann+time@example.no ");

            assertEquals(Optional.of("kari.nordmann+time@example.no"), accepted().contact().email());
        }

        @Test
        void acceptsADomainWithNorwegianLetters() {
            with("email", "kari@blåbær.no");

            assertEquals(Optional.of("kari@blåbær.no"), accepted().contact().email());
        }

        @ParameterizedTest
        @ValueSource(strings = {"kari", "kari@", "@example.no", "kari@@example.no", "kari@example", "kari nordmann@example.no",
                "\"kari\"@example.no", "kari@[192.0.2.1]", "kari@example.no\r\nBcc: x@example.com", "\nkari@example.no"})
        void refusesWhatIsNotAPlainAddress(String typed) {
            with("email", typed);

            assertEquals(Map.of("email", "error.email.invalid"), refused());
        }

        @Test
        void refusesALocalPartLongerThan64Characters() {
            with("email", "k".repeat(65) + "@example.no");

            assertEquals(Map.of("email", "error.email.invalid"), refused());
        }

        @Test
        void acceptsAnAddressOf254Characters() {
            with("email", addressOfLength(254));

            assertEquals(254, accepted().contact().email().orElseThrow().length());
        }

        @Test
        void refusesAnAddressLongerThan254Characters() {
            with("email", addressOfLength(255));

            assertEquals(Map.of("email", "error.email.invalid"), refused());
        }

        /** A longest local part and labels of at most 63 characters, so only the total length can be wrong. */
        private String addressOfLength(int length) {
            String address = "k".repeat(64) + "@" + "d".repeat(length - 192) + "." + "d".repeat(61) + "." + "d".repeat(61) + ".no";
            assertEquals(length, address.length());
            return address;
        }

        @Test
        void aPhoneGivenDoesNotExcuseAnInvalidEmail() {
            with("phone", "91234567").with("email", "kari@");

            assertEquals(Map.of("email", "error.email.invalid"), refused());
        }

        @Test
        void anInvalidEmailWithoutPhoneIsNamedAsInvalidNotAsMissing() {
            with("phone", "").with("email", "kari@");

            assertEquals(Map.of("email", "error.email.invalid"), refused());
        }

        @Test
        void theNewsletterNeedsAnEmail() {
            with("newsletter", true).with("email", " ");

            assertEquals(Map.of("newsletter", "error.newsletter.needsEmail"), refused());
        }

        @Test
        void theNewsletterIsAcceptedWithAnEmail() {
            with("newsletter", true).with("email", "kari@example.no");

            assertTrue(accepted().newsletter());
        }
    }

    @Nested
    class NationalId {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   "})
        void isOptional(String blank) {
            with("nationalId", blank);

            assertEquals(Optional.empty(), accepted().nationalId());
        }

        @Test
        void acceptsAValidNumberAndStoresItWithoutSpaces() {
            String number = nationalId("010145", 0);
            with("nationalId", " " + number.substring(0, 6) + " " + number.substring(6) + " ");

            assertEquals(Optional.of(number), accepted().nationalId());
        }

        @Test
        void refusesAWrongFirstControlDigit() {
            String number = nationalId("010145", 0);
            String wrongK1 = number.substring(0, 9) + (char) ('0' + (number.charAt(9) - '0' + 5) % 10) + number.charAt(10);
            with("nationalId", wrongK1);

            assertEquals(Map.of("nationalId", "error.nationalId.invalid"), refused());
        }

        @Test
        void refusesAWrongSecondControlDigit() {
            String number = nationalId("010145", 0);
            String wrongK2 = number.substring(0, 10) + (char) ('0' + (number.charAt(10) - '0' + 1) % 10);
            with("nationalId", wrongK2);

            assertEquals(Map.of("nationalId", "error.nationalId.invalid"), refused());
        }

        @Test
        void acceptsANumberWhoseFirstControlDigitFollowsOnlyThe2032Rule() {
            for (int rule = 1; rule <= 3; rule++) {
                String number = nationalId("010145", rule);
                with("nationalId", number);

                assertEquals(Optional.of(number), accepted().nationalId(), "k1 rule " + (11 + rule));
            }
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "410145", // D-number: day + 40
            "014145", // H-number (and NAV's synthetic numbers, which cannot be told apart): month + 40
            "714145", // D-number with an H-number month
        })
        void acceptsDAndHNumbers(String datePart) {
            String number = nationalId(datePart, 0);
            with("nationalId", number);

            assertEquals(Optional.of(number), accepted().nationalId());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "016645", "307745", // Norsk helsenett's test data: month + 65
            "018145", "309245", // Skatteetaten's synthetic numbers: month + 80
            "416645", "418145", // D-numbers with a test month
        })
        void refusesTestNumbersByDefault(String datePart) {
            with("nationalId", nationalId(datePart, 0));

            assertEquals(Map.of("nationalId", "error.nationalId.invalid"), refused());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"016645", "307745", "018145", "309245", "416645", "418145", "014145", "010145"})
        void acceptsTestNumbersWhereConfiguredToAndRealOnesStill(String datePart) {
            validator.config = new TimebokConfig(key -> key.equals("timebok.intake.accept-test-national-ids")
                    ? Optional.of("true") : Optional.empty());
            String number = nationalId(datePart, 0);
            with("nationalId", number);

            assertEquals(Optional.of(number), accepted().nationalId());
        }

        @Test
        void refusesTestNumbersWhenTheKeySaysFalse() {
            validator.config = new TimebokConfig(key -> key.equals("timebok.intake.accept-test-national-ids")
                    ? Optional.of("false") : Optional.empty());
            with("nationalId", nationalId("018145", 0));

            assertEquals(Map.of("nationalId", "error.nationalId.invalid"), refused());
        }

        @Test
        void acceptsTheTwentyNinthOfFebruaryInAYearEndingInALeapYearsDigits() {
            String number = nationalId("290244", 0);
            with("nationalId", number);

            assertEquals(Optional.of(number), accepted().nationalId());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "320145", // day 32
            "000145", // day 0
            "720145", // D-number for day 32
            "011345", // month 13
            "010045", // month 0
            "015345", // month 53: between the H and Helsenett offsets
            "290245", // 29 February in a year ending 45, never a leap year
        })
        void refusesANumberWhoseDateCannotExistEvenWithCorrectControlDigits(String datePart) {
            with("nationalId", nationalId(datePart, 0));

            assertEquals(Map.of("nationalId", "error.nationalId.invalid"), refused());
        }

        @Test
        void refusesOtherSeparatorsThanSpaces() {
            String number = nationalId("010145", 0);
            with("nationalId", number.substring(0, 6) + "-" + number.substring(6));

            assertEquals(Map.of("nationalId", "error.nationalId.invalid"), refused());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0101456", "010145600000", "0101456000a", "١٢٣٤٥٦٧٨٩٠١"})
        void refusesWrongLengthsAndNonDigits(String typed) {
            with("nationalId", typed);

            assertEquals(Map.of("nationalId", "error.nationalId.invalid"), refused());
        }
    }

    @Nested
    class ClinicAndVisitType {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "two", "-2", "2.0", "1234567890"})
        void refusesAClinicIdThatIsMissingOrNotANumber(String typed) {
            with("clinicId", typed);

            assertEquals(Map.of("clinic", "error.clinic.required", "visitType", "error.visitType.notAtClinic"), refused());
        }

        @Test
        void readsAClinicIdWithSurroundingSpaces() {
            with("clinicId", " 2 ").with("visitTypeId", " 21 ");

            BookingDetails details = accepted();

            assertSame(clinic, details.clinic());
            assertSame(checkUp, details.visitType());
        }

        @Test
        void refusesAnUnknownClinic() {
            with("clinicId", "99");

            assertEquals(Map.of("clinic", "error.clinic.required", "visitType", "error.visitType.notAtClinic"), refused());
        }

        @Test
        void refusesAClinicThatNoLongerAcceptsBookings() {
            Clinic closed = catalogue.clinic(3, false);
            catalogue.visitType(31, closed, true);
            with("clinicId", "3").with("visitTypeId", "31");

            assertEquals(Map.of("clinic", "error.clinic.required", "visitType", "error.visitType.notAtClinic"), refused());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        void refusesAMissingVisitType(String typed) {
            with("visitTypeId", typed);

            assertEquals(Map.of("visitType", "error.visitType.required"), refused());
        }

        @ParameterizedTest
        @ValueSource(strings = {"99", "twenty-one", "-21"})
        void refusesAnUnknownVisitTypeAsNotAtTheClinic(String typed) {
            with("visitTypeId", typed);

            assertEquals(Map.of("visitType", "error.visitType.notAtClinic"), refused());
        }

        @Test
        void refusesAVisitTypeOfAnotherClinic() {
            Clinic other = catalogue.clinic(4, true);
            catalogue.visitType(41, other, true);
            with("visitTypeId", "41");

            assertEquals(Map.of("visitType", "error.visitType.notAtClinic"), refused());
        }

        @Test
        void refusesAVisitTypeTheClinicNoLongerOffers() {
            catalogue.visitType(22, clinic, false);
            with("visitTypeId", "22");

            assertEquals(Map.of("visitType", "error.visitType.notAtClinic"), refused());
        }

        @Test
        void aVisitTypeCannotBeChosenWithoutAValidClinic() {
            with("clinicId", "");

            assertEquals(Map.of("clinic", "error.clinic.required", "visitType", "error.visitType.notAtClinic"), refused());
        }
    }

    @Nested
    class PreferredPeriodOfTheVisit {

        @Test
        void bothEndsAreOptional() {
            PreferredPeriod period = accepted().period();

            assertEquals(new PreferredPeriod(Optional.empty(), Optional.empty(), PartOfDay.ANY), period);
        }

        @Test
        void acceptsTodayAsEarliestAndLatest() {
            with("earliestDate", "2027-06-10").with("latestDate", "2027-06-10");

            PreferredPeriod period = accepted().period();

            assertEquals(Optional.of(LocalDate.of(2027, 6, 10)), period.from());
            assertEquals(Optional.of(LocalDate.of(2027, 6, 10)), period.until());
        }

        @Test
        void acceptsAnOpenEndedPeriodFromADate() {
            with("earliestDate", " 2027-06-20 ");

            assertEquals(new PreferredPeriod(Optional.of(LocalDate.of(2027, 6, 20)), Optional.empty(), PartOfDay.ANY),
                    accepted().period());
        }

        @ParameterizedTest
        @ValueSource(strings = {"20.06.2027", "2027-6-20", "2027-02-30", "tomorrow", "2027-06-20T10:00"})
        void refusesDatesThatAreNotIsoCalendarDates(String typed) {
            with("earliestDate", typed).with("latestDate", typed);

            assertEquals(Map.of("earliestDate", "error.earliestDate.invalid", "latestDate", "error.latestDate.invalid"),
                    refused());
        }

        @Test
        void refusesDatesInThePast() {
            with("earliestDate", "2027-06-09").with("latestDate", "2027-06-09");

            assertEquals(Map.of("earliestDate", "error.earliestDate.past", "latestDate", "error.latestDate.past"), refused());
        }

        @Test
        void todayIsTheDayInOsloNotInUtc() {
            // 22:30 UTC on 9 June is half past midnight on 10 June in Oslo.
            validator.clock = Clock.fixed(Instant.parse("2027-06-09T22:30:00Z"), ZoneOffset.UTC);
            with("earliestDate", "2027-06-09");

            assertEquals(Map.of("earliestDate", "error.earliestDate.past"), refused());
        }

        @Test
        void acceptsALatestDateUpToTwelveMonthsAhead() {
            with("latestDate", "2028-06-10");

            assertEquals(Optional.of(LocalDate.of(2028, 6, 10)), accepted().period().until());
        }

        @Test
        void refusesALatestDateMoreThanTwelveMonthsAhead() {
            with("latestDate", "2028-06-11");

            assertEquals(Map.of("latestDate", "error.latestDate.tooFar"), refused());
        }

        @Test
        void refusesALatestDateBeforeTheEarliest() {
            with("earliestDate", "2027-07-01").with("latestDate", "2027-06-30");

            assertEquals(Map.of("latestDate", "error.latestDate.beforeEarliest"), refused());
        }

        @Test
        void namesAPastLatestDateRatherThanItsOrderWhenBothAreWrong() {
            with("earliestDate", "2027-06-20").with("latestDate", "2027-06-01");

            assertEquals(Map.of("latestDate", "error.latestDate.past"), refused());
        }

        @ParameterizedTest
        @CsvSource({"morning, MORNING", "MORNING, MORNING", "' Morning ', MORNING", "afternoon, AFTERNOON", "Any, ANY"})
        void readsThePartOfDayWhateverItsCase(String typed, PartOfDay expected) {
            with("partOfDay", typed);

            assertEquals(expected, accepted().period().partOfDay());
        }

        @ParameterizedTest
        @NullAndEmptySource
        void aMissingPartOfDayMeansAny(String typed) {
            with("partOfDay", typed);

            assertEquals(PartOfDay.ANY, accepted().period().partOfDay());
        }

        @ParameterizedTest
        @ValueSource(strings = {"evening", "night", "formiddag"})
        void refusesAnUnknownPartOfDay(String typed) {
            with("partOfDay", typed);

            assertEquals(Map.of("partOfDay", "error.partOfDay.invalid"), refused());
        }
    }

    @Nested
    class FreeText {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t"})
        void isRequired(String typed) {
            with("freeText", typed);

            assertEquals(Map.of("freeText", "error.freeText.required"), refused());
        }

        @Test
        void acceptsTwoThousandCharacters() {
            with("freeText", "x".repeat(2000));

            assertEquals(2000, accepted().freeText().length());
        }

        @Test
        void refusesMoreThanTwoThousandCharacters() {
            with("freeText", "x".repeat(2001));

            assertEquals(Map.of("freeText", "error.freeText.tooLong"), refused());
        }

        @Test
        void countsCharactersNotUtf16UnitsSoTwoThousandEmojiFit() {
            with("freeText", "😣".repeat(2000));

            assertEquals("😣".repeat(2000), accepted().freeText());
        }

        @Test
        void measuresTheLengthAfterTrimming() {
            with("freeText", "\n  " + "x".repeat(2000) + "  \n");

            assertEquals("x".repeat(2000), accepted().freeText());
        }

        @Test
        void keepsLineBreaksInsideTheText() {
            with("freeText", "Vondt i ryggen.\nHelst etter kl. 15.");

            assertEquals("Vondt i ryggen.\nHelst etter kl. 15.", accepted().freeText());
        }
    }

    /**
     * A lone UTF-16 surrogate cannot be written as UTF-8 (the database stores '?' or worse), NUL and
     * other control characters cut or garble the text downstream, and U+FFFD is what the server's
     * decoder put where bytes were not UTF-8: the character the person meant is already lost.
     */
    @Nested
    class CharactersThatCannotBeStored {

        @ParameterizedTest(name = "{0} with {1}")
        @CsvSource({
            "firstName, firstName", "lastName, lastName", "phone, phone", "email, email", "nationalId, nationalId",
            "clinicId, clinic", "visitTypeId, visitType", "earliestDate, earliestDate", "latestDate, latestDate",
            "partOfDay, partOfDay", "freeText, freeText",
        })
        void eachTextFieldRefusesThemWithItsOwnError(String input, String field) {
            for (String bad : List.of("\uD800", "\uDC00", "\u0000", "\uFFFD", "\u001B")) {
                setUp();
                Object valid = fields.get(input);
                with(input, (valid == null ? "" : valid) + bad);

                assertEquals("error.text.unusableCharacters", refused().get(field),
                        () -> input + " with U+" + Integer.toHexString(bad.charAt(0)));
            }
        }

        @Test
        void aLoneSurrogateInsideTheFreeTextIsRefusedNotStoredAsAQuestionMark() {
            with("freeText", "Vondt i \uD83D kneet");

            assertEquals(Map.of("freeText", "error.text.unusableCharacters"), refused());
        }

        @Test
        void nulInsideTheFreeTextIsRefused() {
            with("freeText", "Vondt\u0000 i kneet");

            assertEquals(Map.of("freeText", "error.text.unusableCharacters"), refused());
        }

        @Test
        void surrogatePairsTabsAndLineBreaksAreStillFine() {
            with("freeText", "Vondt 😣\tsiden\r\nmandag");

            assertEquals("Vondt 😣\tsiden\r\nmandag", accepted().freeText());
        }
    }

    @Nested
    class Language {

        @ParameterizedTest
        @ValueSource(strings = {"nb", "en"})
        void keepsASupportedLanguage(String language) {
            with("language", language);

            assertEquals(language, accepted().language().tag());
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"sv", "nn", "EN", "en-GB"})
        void fallsBackToBokmalForAnythingElse(String language) {
            with("language", language);

            assertEquals("nb", accepted().language().tag());
        }
    }

    /**
     * A number for the date part, with the first control digit by the old rule ({@code k1Rule} 0)
     * or by one of the 2032 rule's other three ({@code k1Rule} 1 to 3): k1 = (11 + k1Rule) - (sum mod
     * 11), taken mod 11, per REFERENCE.md. The individual number is the first from 600 whose digits work.
     */
    static String nationalId(String datePart, int k1Rule) {
        int[] w1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        int[] w2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        for (int individual = 600; individual < 700; individual++) {
            String nine = datePart + individual;
            int k1 = Math.floorMod(11 + k1Rule - weighted(nine, w1) % 11, 11);
            if (k1 == 10) {
                continue;
            }
            String ten = nine + k1;
            int k2 = (11 - weighted(ten, w2) % 11) % 11;
            if (k2 != 10) {
                return ten + k2;
            }
        }
        throw new IllegalStateException("no number for " + datePart + " by k1 rule " + k1Rule);
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
