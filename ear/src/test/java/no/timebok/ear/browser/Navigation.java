package no.timebok.ear.browser;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waiting for a new document, so a check never reads the page it has just left. */
final class Navigation {

    private static final String MARK = "window.timebokOldDocument";

    private Navigation() {
    }

    /**
     * Runs an action that loads a new page (a submit, ENTER on a button) and waits until it has. The
     * old document's window carries a mark, and a new document starts without it. (Waiting for the
     * old html element to go stale broke on Chromium 156, whose driver reports such an element as
     * an unknown error instead.)
     */
    static void await(WebDriver driver, Runnable action) {
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript(MARK + " = true;");
        String leaving = driver.getCurrentUrl();
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage("the browser to leave " + leaving)
                // While the page unloads, a script can fail to run: that is not an answer yet.
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript("return document.readyState !== 'loading' && " + MARK + " === undefined;")));
    }
}
