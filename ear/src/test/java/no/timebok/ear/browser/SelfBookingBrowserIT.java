package no.timebok.ear.browser;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.ear.peers.Peers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * A patient books, moves and cancels a time of their own with the keyboard alone, in a real
 * headless Chromium, and every page on the way meets WCAG 2.1 AA.
 */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
class SelfBookingBrowserIT {

    private static final Pattern LINK = Pattern.compile("/appointment/[A-Za-z0-9_-]{22}");
    /** The test domain's minimum fill time is one second; a person is never faster than this. */
    private static final Duration FILL_TIME = Duration.ofMillis(1200);

    private final WebDriver driver;

    SelfBookingBrowserIT(WebDriver driver) {
        this.driver = driver;
    }

    @Test
    void keyboardAlonePicksATimeBooksItMovesItAndCancelsIt() throws Exception {
        Keyboard keys = new Keyboard(driver);
        // Two weeks ahead: past the deadline's reach, and before the weeks other tests book in.
        LocalDate week = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(2).with(java.time.DayOfWeek.MONDAY);
        driver.get(TimebokHttp.baseUrl() + "/times");
        Accessibility.assertAccessible(driver);
        keys.tabTo("visitType-12").press(Keys.SPACE);
        keys.tabTo("show-times").pressAndLoad(Keys.ENTER);
        while (LocalDate.parse(driver.findElement(By.name("week")).getDomProperty("value")).isBefore(week)) {
            keys.tabTo("later-week").pressAndLoad(Keys.ENTER);
        }
        Accessibility.assertAccessible(driver);

        keys.tabTo(firstTimeId()).press(Keys.SPACE);
        String picked = driver.switchTo().activeElement().getDomAttribute("value");
        keys.tabTo("choose-time").pressAndLoad(Keys.ENTER);
        Accessibility.assertAccessible(driver);
        long shownAt = System.currentTimeMillis();
        String lastName = "Tastatur" + UUID.randomUUID().toString().substring(0, 6);
        String phone = TestData.uniqueMobile();
        keys.tabTo("firstName").press("Kari");
        keys.tabTo("lastName").press(lastName);
        keys.tabTo("phone").press(phone);
        keys.tabTo("freeText").press("Kontroll");
        // The server refuses a form sent back sooner, as a bot would; wait until that much has passed.
        await().atMost(Duration.ofSeconds(10)).until(() -> System.currentTimeMillis() - shownAt >= FILL_TIME.toMillis());
        keys.tabTo("submit").pressAndLoad(Keys.ENTER);
        assertTrue(driver.findElement(By.id("done")).getText().contains("bestilt"), driver.getPageSource());
        Accessibility.assertAccessible(driver);

        Peers.await(Duration.ofSeconds(60), "the confirmation SMS", () -> !Peers.sms().sentTo("+47" + phone).isEmpty());
        Matcher link = LINK.matcher(Peers.sms().sentTo("+47" + phone).get(0).text());
        assertTrue(link.find(), "the confirmation carries the appointment's link");
        // The message's link names the public address; the test server is on its own port.
        driver.get(TimebokHttp.baseUrl() + link.group());
        keys.tabTo("move").pressAndLoad(Keys.ENTER);
        Accessibility.assertAccessible(driver);
        keys.tabTo(firstTimeId()).press(Keys.ARROW_DOWN);
        String movedTo = driver.switchTo().activeElement().getDomAttribute("value");
        keys.tabTo("choose-time").pressAndLoad(Keys.ENTER);
        Accessibility.assertAccessible(driver);
        keys.tabTo("confirm-move").pressAndLoad(Keys.ENTER);
        assertTrue(driver.findElement(By.id("done")).getText().contains("flyttet"), driver.getPageSource());
        Object start = TestDatabase.query("SELECT a.starts_at FROM appointment a JOIN booking_request b"
                + " ON b.id = a.booking_request_id WHERE b.last_name = ?", lastName).get(0).get("starts_at");
        assertEquals(startOf(movedTo), UtcColumns.instant(start).getEpochSecond(), "moved to the time chosen");

        keys.tabTo("cancel").pressAndLoad(Keys.ENTER);
        assertEquals("CANCELLED", TestDatabase.query("SELECT a.status FROM appointment a JOIN booking_request b"
                + " ON b.id = a.booking_request_id WHERE b.last_name = ?", lastName).get(0).get("status"));
        assertTrue(!picked.equals(movedTo), "ARROW_DOWN chose the next time");
    }

    /** The first time offered on the page: the radio button TAB reaches in the list of times. */
    private String firstTimeId() {
        return driver.findElement(By.cssSelector("input[name=slot]")).getDomAttribute("id");
    }

    private static long startOf(String slot) {
        return Long.parseLong(slot.substring(slot.indexOf('-') + 1));
    }
}
