package no.timebok.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A receptionist's day in a real headless Chromium: log in with password and TOTP, find a
 * request, open it, schedule it and see its status change, with a hostile free text staying text.
 */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
class StaffWorkspaceBrowserIT {

    private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(1)>";

    @Test
    void receptionLogsInFindsARequestSchedulesItAndSeesTheStatusChange(WebDriver driver) throws Exception {
        String family = "Nettleser" + UUID.randomUUID().toString().substring(0, 6);
        Submitted request = PatientRequests.atOslo(family, HOSTILE);
        StaffSession reception = StaffAccounts.reception(1);

        logIn(driver, reception);
        assertTrue(driver.getCurrentUrl().endsWith("/staff/queue.xhtml"), driver.getCurrentUrl());
        Accessibility.assertAccessible(driver);

        driver.findElement(By.id("q")).sendKeys(family);
        Navigation.await(driver, () -> driver.findElement(By.id("filter")).click());
        Accessibility.assertAccessible(driver);
        List<WebElement> rows = driver.findElements(By.cssSelector("tr.queue-row"));
        assertEquals(1, rows.size(), "the search finds exactly the one request");
        assertEquals(request.reference(), rows.get(0).getDomAttribute("data-reference"));
        assertEquals("Ny", rows.get(0).findElement(By.className("status")).getText());
        assertTrue(!driver.getCurrentUrl().contains(family), "the search travels in the body, not the URL");

        Navigation.await(driver, () -> rows.get(0).findElement(By.cssSelector("a.reference")).click());
        assertEquals(request.reference(), driver.findElement(By.id("reference")).getText());
        assertEquals("Ny", driver.findElement(By.id("status")).getText());
        assertInert(driver);
        Accessibility.assertAccessible(driver);

        showSlots(driver, mondayWeeksAhead(13));
        Accessibility.assertAccessible(driver);
        List<WebElement> slots = driver.findElements(By.cssSelector("#free-slots input.slot"));
        assertTrue(slots.size() > 10, "a week of free slots is offered: " + slots.size());
        String chosen = slots.get(0).getDomAttribute("value");
        Navigation.await(driver, () -> slots.get(0).click());

        assertEquals("Timebestilt", driver.findElement(By.id("status")).getText());
        List<WebElement> appointments = driver.findElements(By.cssSelector("li.appointment"));
        assertEquals(1, appointments.size());
        assertTrue(appointments.get(0).getText().startsWith(chosen), appointments.get(0).getText() + " vs " + chosen);
        assertInert(driver);
        Accessibility.assertAccessible(driver);
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM appointment WHERE booking_request_id = ? AND status = 'BOOKED'",
                request.id()));

        // The patient's page of the appointment, from the link in the confirmation, before and after confirming.
        Object token = TestDatabase.query("SELECT patient_token FROM appointment WHERE booking_request_id = ?", request.id())
                .get(0).get("patient_token");
        driver.get(TimebokHttp.baseUrl() + "/appointment/" + token);
        Accessibility.assertAccessible(driver);
        Navigation.await(driver, () -> driver.findElement(By.id("confirm")).click());
        assertTrue(driver.findElement(By.id("done")).isDisplayed(), "the page says the appointment is confirmed");
        Accessibility.assertAccessible(driver);
    }

    @Test
    void aHostileNoteIsShownAsTextToo(WebDriver driver) {
        Submitted request = PatientRequests.atOslo("Notat" + UUID.randomUUID().toString().substring(0, 6), "Vanlig tekst");
        StaffSession reception = StaffAccounts.reception(1);
        logIn(driver, reception);

        driver.get(TimebokHttp.baseUrl() + "/staff/request.xhtml?id=" + request.id());
        driver.findElement(By.cssSelector("textarea[id$='text']")).sendKeys(HOSTILE);
        Navigation.await(driver, () -> driver.findElement(By.cssSelector("input[id$='add-note']")).click());

        List<WebElement> notes = driver.findElements(By.cssSelector("#notes li.note .free-text"));
        assertEquals(1, notes.size());
        assertEquals(HOSTILE, notes.get(0).getText());
        assertEquals(0L, ((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('#notes script, #notes img').length"));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    @Test
    void aBookedAppointmentIsMovedAndTheRequestAssignedInThePage(WebDriver driver) throws Exception {
        Submitted request = PatientRequests.atOslo("Flytting" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        logIn(driver, reception);
        driver.get(TimebokHttp.baseUrl() + "/staff/request.xhtml?id=" + request.id());
        showSlots(driver, mondayWeeksAhead(17));
        Navigation.await(driver, () -> driver.findElements(By.cssSelector("#free-slots input.slot")).get(0).click());

        Navigation.await(driver, () -> driver.findElement(By.cssSelector("li.appointment input.move-appointment")).click());
        assertEquals("Flytt timen til", driver.findElement(By.id("schedule-heading")).getText());
        Accessibility.assertAccessible(driver);
        showSlots(driver, mondayWeeksAhead(17).plusDays(1));
        List<WebElement> slots = driver.findElements(By.cssSelector("#free-slots input.slot"));
        String later = slots.get(3).getDomAttribute("value");
        Navigation.await(driver, () -> slots.get(3).click());

        List<WebElement> appointments = driver.findElements(By.cssSelector("li.appointment"));
        assertEquals(1, appointments.size(), "moved, not booked twice");
        assertTrue(appointments.get(0).getText().startsWith(later), appointments.get(0).getText());
        assertEquals("Timebestilt", driver.findElement(By.id("status")).getText());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'APPOINTMENT_RESCHEDULED'",
                request.reference()));

        new Select(driver.findElement(By.cssSelector("select[id$='staffUserId']"))).selectByVisibleText("Test " + reception.username());
        Navigation.await(driver, () -> driver.findElement(By.cssSelector("input[id$=':assign']")).click());
        assertEquals("Test " + reception.username(),
                new Select(driver.findElement(By.cssSelector("select[id$='staffUserId']"))).getFirstSelectedOption().getText());
        long me = ((Number) TestDatabase.query("SELECT id FROM staff_user WHERE username = ?", reception.username()).get(0).get("id")).longValue();
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE id = ? AND assigned_to = ?", request.id(), me));
    }

    @Test
    void aFailedLoginPutsFocusOnItsErrorSummary(WebDriver driver) {
        StaffLoginPage.submit(driver, "nobody-" + UUID.randomUUID(), "not the password", "");

        WebElement summary = driver.findElement(By.id("login-failed"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "focus on the error summary, but it is on " + driver.switchTo().activeElement().getDomAttribute("id"))
                .until(d -> summary.equals(d.switchTo().activeElement()));
        assertEquals("-1", summary.getDomAttribute("tabindex"));
        assertFalse(summary.getAccessibleName().isBlank(), "the summary is named by its heading");
        Accessibility.assertAccessible(driver);
    }

    private static void showSlots(WebDriver driver, LocalDate from) {
        WebElement field = driver.findElement(By.cssSelector("input[id$='from']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, from.toString());
        Navigation.await(driver, () -> driver.findElement(By.cssSelector("input[id$='show-slots']")).click());
    }

    /** A fresh browser session each time: one test's login must not carry into the next. */
    private static void logIn(WebDriver driver, StaffSession staff) {
        driver.manage().deleteAllCookies();
        driver.get(TimebokHttp.baseUrl() + "/staff/queue.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/staff/login.xhtml"), "the queue asks for a login first: " + driver.getCurrentUrl());
        driver.findElement(By.id("username")).sendKeys(staff.username());
        driver.findElement(By.id("password")).sendKeys(staff.password());
        driver.findElement(By.id("code")).sendKeys(staff.authenticator().nextCode());
        Navigation.await(driver, () -> driver.findElement(By.id("log-in")).click());
    }

    /** The hostile text shows as the characters typed, and nothing in it ran or became an element. */
    private static void assertInert(WebDriver driver) {
        assertEquals(HOSTILE, driver.findElement(By.id("free-text")).getText());
        Object injected = ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#free-text script, #free-text img, img[src=\"x\"]').length");
        assertEquals(0L, injected);
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    private static LocalDate mondayWeeksAhead(int weeks) {
        return LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
