package no.timebok.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The public pages as a patient sees them on a phone and on a desktop: the clinic group's header
 * and the emergency notice on screen at once, nothing wider than the screen, and a screenshot of
 * each page at each width in ear/target/screenshots for people to look at.
 */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
class PublicPagesLayoutBrowserIT {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final List<Dimension> SCREENS = List.of(new Dimension(390, 844), new Dimension(1280, 900));

    @Test
    void everyPublicPageFitsAPhoneAndADesktopWithTheClinicAndTheEmergencyNoticeInView(WebDriver driver) throws Exception {
        Files.createDirectories(SHOTS);
        BookingFormPage form = BookingFormPage.open(driver).fillValid("Skjerm" + UUID.randomUUID().toString().substring(0, 6));
        form.submit();
        ReceiptPage.shown(driver);
        String receipt = driver.getCurrentUrl();
        List<String> pages = List.of(TimebokHttp.baseUrl() + "/", TimebokHttp.baseUrl() + "/?lang=en", receipt,
                TimebokHttp.baseUrl() + "/privacy", TimebokHttp.baseUrl() + "/cookies?lang=en");
        try {
            for (Dimension screen : SCREENS) {
                driver.manage().window().setSize(screen);
                for (String page : pages) {
                    driver.get(page);
                    String name = screen.getWidth() + "-" + page.replace(TimebokHttp.baseUrl(), "").replaceAll("[^a-z0-9]+", "_") + ".png";
                    Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name),
                            StandardCopyOption.REPLACE_EXISTING);
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    long overflow = (Long) js.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
                    assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a " + screen.getWidth() + " px screen");
                    assertEquals(Boolean.TRUE, js.executeScript("var r = arguments[0].getBoundingClientRect();"
                            + " return r.top >= 0 && r.bottom <= window.innerHeight;", driver.findElement(By.id("emergency"))),
                            "the emergency notice is in view without scrolling on " + page + " at " + screen.getWidth() + " px");
                    assertTrue(driver.findElement(By.id("site-name")).isDisplayed(), "the group's name shows on " + page);
                }
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1024));
        }
    }
}
