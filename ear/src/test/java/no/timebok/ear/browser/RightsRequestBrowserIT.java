package no.timebok.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A privacy officer's answer to an access request in a real headless Chromium: log in, register the
 * request by the person's national ID, and download the export the person is owed.
 */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
class RightsRequestBrowserIT {

    @Test
    void aPrivacyOfficerRegistersAnAccessRequestAndDownloadsTheExport(Chromium chromium) throws Exception {
        String nationalId = TestData.uniqueNationalId();
        String family = "Innsyn" + UUID.randomUUID().toString().substring(0, 6);
        Submitted mine = PatientRequests.request(family, "Vondt i kneet").at(1, 11).nationalId(nationalId).submit();
        Submitted someoneElse = PatientRequests.atOslo("Annen" + UUID.randomUUID().toString().substring(0, 6), "Noe annet");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        WebDriver driver = chromium.driver();
        Path downloads = chromium.downloads();

        StaffLoginPage.logIn(driver, privacy);
        Navigation.await(driver, () -> driver.findElement(By.id("nav-rights")).click());
        Accessibility.assertAccessible(driver);
        new Select(driver.findElement(By.id("register-form:kind"))).selectByValue("ACCESS");
        new Select(driver.findElement(By.id("register-form:matchedBy"))).selectByValue("NATIONAL_ID");
        driver.findElement(By.id("register-form:matchKey")).sendKeys(nationalId);
        new Select(driver.findElement(By.id("register-form:identityCheck"))).selectByValue("BANKID");
        Navigation.await(driver, () -> driver.findElement(By.id("register-form:register")).click());

        assertTrue(driver.getCurrentUrl().contains("/staff/privacy/rights-request.xhtml?id="), driver.getCurrentUrl());
        assertFalse(driver.getCurrentUrl().contains(nationalId), "the national ID never reaches a URL");
        assertEquals("Innsyn", driver.findElement(By.id("kind")).getText());
        assertEquals(List.of(mine.reference()), driver.findElements(By.cssSelector("#references li.reference")).stream()
                .map(e -> e.getText()).toList());
        Accessibility.assertAccessible(driver);
        String rightsRequest = driver.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");

        driver.findElement(By.id("export-json")).click();
        Path file = awaitDownload(downloads);

        JsonObject export = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8))).readObject();
        String text = export.toString();
        assertTrue(text.contains(mine.reference()) && text.contains(family) && text.contains("Vondt i kneet"), text);
        assertFalse(text.contains(someoneElse.reference()), "nobody else's data");
        assertFalse(text.contains(nationalId), "the national ID is masked in the export too");

        driver.navigate().refresh();
        assertTrue(driver.findElements(By.cssSelector("#steps td.action")).stream()
                .anyMatch(e -> e.getText().equals("Innsyn utlevert")), "the export is a documented step");

        Navigation.await(driver, () -> driver.findElement(By.id("restriction-form:restrict")).click());
        assertTrue(driver.findElement(By.id("restricted")).isDisplayed(), "a button on the page works on its postback");
        assertTrue(driver.findElements(By.cssSelector("#steps td.action")).stream()
                .anyMatch(e -> e.getText().equals("Behandling begrenset")), "and is a documented step");
        Accessibility.assertAccessible(driver);

        for (String lang : List.of("nb", "en")) {
            driver.get(TimebokHttp.baseUrl() + "/staff/privacy/export.xhtml?id=" + rightsRequest + "&lang=" + lang);
            assertTrue(driver.findElement(By.tagName("h1")).isDisplayed(), "the printable export shows");
            Accessibility.assertAccessible(driver);
        }
        driver.get(TimebokHttp.baseUrl() + "/staff/privacy/access-log.xhtml");
        Accessibility.assertAccessible(driver);
        driver.findElement(By.id("access-log-form:search")).sendKeys(mine.reference());
        Navigation.await(driver, () -> driver.findElement(By.id("access-log-form:find")).click());
        assertTrue(driver.findElement(By.id("access-log")).isDisplayed(), "the reference's access log shows");
        Accessibility.assertAccessible(driver);
    }

    @Test
    void aRightsRequestRegisteredWithoutItsFactsPutsFocusOnTheErrorSummary(WebDriver driver) {
        StaffLoginPage.logIn(driver, StaffAccounts.create(List.of("privacy"), List.of(1L)));
        driver.get(TimebokHttp.baseUrl() + "/staff/privacy/rights.xhtml");
        Navigation.await(driver, () -> driver.findElement(By.id("register-form:register")).click());

        WebElement summary = driver.findElement(By.id("error-summary"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .withMessage(() -> "focus on the error summary, but it is on " + driver.switchTo().activeElement().getDomAttribute("id"))
                .until(d -> summary.equals(d.switchTo().activeElement()));
        assertEquals("-1", summary.getDomAttribute("tabindex"));
        assertFalse(summary.getAccessibleName().isBlank(), "the summary is named by its heading");
        assertFalse(driver.findElements(By.cssSelector("#register-form .field-error")).isEmpty(), "the fields say what is wrong");
        Accessibility.assertAccessible(driver);
    }

    private static Path awaitDownload(Path directory) {
        return Awaitility.await("an export downloaded into " + directory).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    try (Stream<Path> files = Files.list(directory)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(".json")).findFirst();
                    }
                }, Optional::isPresent).orElseThrow();
    }
}
