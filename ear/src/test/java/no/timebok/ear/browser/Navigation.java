package no.timebok.ear.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waiting for a new document, so a check never reads the page it has just left. */
final class Navigation {

    private Navigation() {
    }

    /** Runs an action that loads a new page (a submit, ENTER on a button) and waits until it has. */
    static void await(WebDriver driver, Runnable action) {
        WebElement oldDocument = driver.findElement(By.tagName("html"));
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage("the browser to leave " + driver.getCurrentUrl())
                .until(ExpectedConditions.stalenessOf(oldDocument));
    }
}
