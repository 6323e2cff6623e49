package no.timebok.ear.browser;

import static no.timebok.ear.browser.BookingFormPage.KEYBOARD_ORDER;
import static no.timebok.ear.browser.BookingFormPage.REQUIRED;
import static no.timebok.ear.browser.BookingFormPage.SUBMIT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The booking form in a real headless Chromium: errors, focus, keyboard use, a stored request. */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
class BookingFormBrowserIT {

    private static final String REFERENCE = "TB-[0-9A-Z]{4}-[0-9A-Z]{2}";

    private final WebDriver driver;

    BookingFormBrowserIT(WebDriver driver) {
        this.driver = driver;
    }

    @Test
    void emptyFormShowsEveryErrorAndTheSummaryLinksMoveFocusToTheFields() {
        BookingFormPage empty = BookingFormPage.open(driver);
        Accessibility.assertAccessible(driver);
        empty.submit();
        BookingFormPage form = BookingFormPage.shownWithErrors(driver);
        Accessibility.assertAccessible(driver);

        assertTrue(form.errorSummary().isDisplayed());
        for (String field : REQUIRED) {
            WebElement error = form.errorOf(field);
            assertTrue(error.isDisplayed(), field + "-error is visible");
            assertFalse(error.getText().isBlank(), field + "-error has text");
            WebElement input = form.field(field);
            assertEquals("true", input.getDomAttribute("aria-invalid"), field);
            String describedBy = String.valueOf(input.getDomAttribute("aria-describedby"));
            assertTrue(Arrays.asList(describedBy.split("\\s+")).contains(field + "-error"), field + ": " + describedBy);
        }
        List<WebElement> links = form.errorSummaryLinks();
        assertEquals(REQUIRED.stream().map(field -> "#" + field).toList(),
                links.stream().map(link -> link.getDomAttribute("href")).toList());
        for (int i = 0; i < links.size(); i++) {
            String field = REQUIRED.get(i);
            assertTrue(form.errorOf(field).getText().contains(links.get(i).getText()),
                    "the summary repeats the message shown beside " + field);
            links.get(i).click();
            form.awaitFocusOn(field);
        }
    }

    @Test
    void afterAFailedSubmitFocusIsOnTheErrorSummaryWhichNamesItself() {
        BookingFormPage.open(driver).type("firstName", "Kari").submit();
        BookingFormPage form = BookingFormPage.shownWithErrors(driver);

        form.awaitFocusOnErrorSummary();
        WebElement summary = form.errorSummary();
        assertEquals("-1", summary.getDomAttribute("tabindex"), "focusable by script, not a TAB stop");
        String heading = summary.getDomAttribute("aria-labelledby");
        assertEquals(driver.findElement(By.id(String.valueOf(heading))).getText(), summary.getAccessibleName(),
                "the summary is named by its heading");
    }

    @Test
    void validFormLandsOnTheReceiptAndStoresExactlyOneRequest() throws Exception {
        String lastName = "Nordmann-" + UUID.randomUUID();

        BookingFormPage.open(driver).fillValid(lastName).submit();
        ReceiptPage receipt = ReceiptPage.shown(driver);
        Accessibility.assertAccessible(driver);

        assertTrue(receipt.reference().matches(REFERENCE), receipt.reference());
        assertTrue(receipt.text().contains(BookingFormPage.A_CLINIC), receipt.text());
        List<Map<String, Object>> rows = TestDatabase.query(
                "SELECT reference, visit_type_id FROM booking_request WHERE last_name = ?", lastName);
        assertEquals(1, rows.size());
        assertEquals(receipt.reference(), rows.get(0).get("reference"));
        assertEquals(21L, ((Number) rows.get(0).get("visit_type_id")).longValue());
    }

    @Test
    void keyboardAloneReachesTheFieldsInOrderFillsThemAndSubmits() throws Exception {
        BookingFormPage form = BookingFormPage.open(driver);
        List<String> expectedOrder = Stream.concat(KEYBOARD_ORDER.stream(), Stream.of(SUBMIT)).toList();
        List<String> focusPath = new ArrayList<>();
        for (int i = 0; i < 40 && !focusPath.contains(SUBMIT); i++) {
            focusPath.add(form.press(Keys.TAB).focused());
        }
        // A date input takes several TAB stops (day, month, year) while it keeps the focus.
        assertEquals(expectedOrder, focusPath.stream().filter(expectedOrder::contains).distinct().toList(),
                "TAB order, all stops: " + focusPath);

        String lastName = "Tastatur-" + UUID.randomUUID();
        form = BookingFormPage.open(driver);
        form.tabTo("firstName").press("Kari");
        form.tabTo("lastName").press(lastName);
        form.tabTo("phone").press(TestData.uniqueMobile());
        form.tabTo("clinic").press(Keys.ARROW_DOWN);
        String clinic = form.chosenClinic();
        assertFalse(form.field("clinic").getDomProperty("value").isEmpty(), "ARROW_DOWN chose a clinic");
        form.tabTo("visitType").press(Keys.ARROW_DOWN);
        assertFalse(form.field("visitType").getDomProperty("value").isEmpty(), "ARROW_DOWN chose a kind of visit");
        form.tabTo("freeText").press("Vondt i skulderen");
        form.tabTo(SUBMIT).submitWithEnter();

        ReceiptPage receipt = ReceiptPage.shown(driver);
        assertTrue(receipt.reference().matches(REFERENCE), receipt.reference());
        assertTrue(receipt.text().contains(clinic), receipt.text());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName));
    }

    @Test
    void theLanguageSwitchKeepsWhatWasTypedAndEnglishErrorsAndReceiptFollow() throws Exception {
        String lastName = "Språk-" + UUID.randomUUID();
        BookingFormPage form = BookingFormPage.open(driver, "nb").type("firstName", "Kari").type("lastName", lastName);
        assertEquals("Fornavn", form.label("firstName"));

        form = form.switchLanguage();
        Accessibility.assertAccessible(driver);

        assertEquals("en", form.language());
        assertEquals("First name", form.label("firstName"));
        assertEquals(lastName, form.field("lastName").getDomProperty("value"), "typed text survives the switch");
        form.submit();
        form = BookingFormPage.shownWithErrors(driver);
        Accessibility.assertAccessible(driver);
        assertTrue(form.errorOf("freeText").getText().contains("Briefly write what your request is about"),
                form.errorOf("freeText").getText());

        form.fillValid(lastName).submit();
        ReceiptPage receipt = ReceiptPage.shown(driver);
        Accessibility.assertAccessible(driver);
        assertTrue(receipt.text().contains("Your reference is"), receipt.text());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ? AND language = 'en'", lastName));
    }

    /** Every public page a patient or a not yet logged-in staff member can see, in both languages. */
    @Test
    void everyOtherPublicPageMeetsWcag21AA() {
        String base = TimebokHttp.baseUrl();
        List<String> pages = List.of("/privacy", "/privacy?lang=en", "/cookies", "/cookies?lang=en", "/no-such-page", "/no-such-page?lang=en",
                "/newsletter/unsubscribe?t=not-a-token", "/appointment/not-a-token", "/staff/login.xhtml");
        assertAll(pages.stream().map(page -> () -> {
            driver.get(base + page);
            Accessibility.assertAccessible(driver);
        }));
    }

    @Test
    void markupTypedIntoTheFormComesBackAsTextAndNeverRuns() {
        String markup = "<script>alert(1)</script><img src=x onerror=alert(1)>";
        // The same markup after what would close the surrounding attribute or textarea if unescaped.
        String attributeBreakout = "\"'>" + markup;
        String textareaBreakout = "</textarea>" + markup;

        BookingFormPage.open(driver).fillValid(markup)
                .type("firstName", attributeBreakout).type("freeText", textareaBreakout).type("phone", "12")
                .submit();
        BookingFormPage form = BookingFormPage.shownWithErrors(driver);

        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        assertTrue(form.errorOf("phone").isDisplayed());
        assertEquals(markup, form.field("lastName").getDomProperty("value"));
        assertEquals(attributeBreakout, form.field("firstName").getDomProperty("value"));
        assertEquals(textareaBreakout, form.field("freeText").getDomProperty("value"));
        assertTrue(driver.findElements(By.cssSelector("main script, img")).isEmpty(),
                "the typed markup did not become elements");
    }
}
