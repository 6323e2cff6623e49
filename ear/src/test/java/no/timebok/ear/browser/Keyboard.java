package no.timebok.ear.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A person using the keyboard alone: TAB to an element, type, and press keys that load a page. */
final class Keyboard {

    private static final int MAX_TABS = 60;

    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** The id of the element with focus, or its tag name when it has none. */
    String focused() {
        WebElement active = driver.switchTo().activeElement();
        String id = active.getDomAttribute("id");
        return id == null || id.isEmpty() ? active.getTagName() : id;
    }

    /** Presses TAB until the element with this id has focus; fails, naming the path, if it never does. */
    Keyboard tabTo(String id) {
        List<String> passed = new ArrayList<>();
        while (!id.equals(focused())) {
            if (passed.size() == MAX_TABS) {
                throw new AssertionError("TAB never reached " + id + "; focus went " + passed);
            }
            press(Keys.TAB);
            passed.add(focused());
        }
        return this;
    }

    Keyboard press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return this;
    }

    /** Presses a key that leaves the page (ENTER on a link or button) and waits for the next one. */
    void pressAndLoad(CharSequence key) {
        Navigation.await(driver, () -> press(key));
    }
}
