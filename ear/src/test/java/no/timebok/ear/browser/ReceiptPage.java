package no.timebok.ear.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The receipt a valid booking request redirects to, at {@code /receipt/<token>}. */
final class ReceiptPage {

    private static final String URL_PATTERN = "/receipt/[A-Za-z0-9_-]{22}(\\?lang=en)?$";

    private final WebDriver driver;

    private ReceiptPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The receipt, once the browser shows one. */
    static ReceiptPage shown(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage(() -> "a receipt, but the browser is at " + driver.getCurrentUrl())
                .until(ExpectedConditions.and(
                        ExpectedConditions.urlMatches(URL_PATTERN),
                        ExpectedConditions.visibilityOfElementLocated(By.id("reference"))));
        return new ReceiptPage(driver);
    }

    String reference() {
        return driver.findElement(By.id("reference")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
