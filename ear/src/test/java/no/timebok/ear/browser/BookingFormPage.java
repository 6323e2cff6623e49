package no.timebok.ear.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.timebok.ear.TimebokHttp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public booking form at {@code /}, as a browser shows it. Elements are found by their ids and
 * nothing here depends on the page's language, so the same page object serves every translation.
 */
final class BookingFormPage {

    /** The form's fields in the order a patient meets them; each id is also its parameter name. */
    static final List<String> FIELDS = List.of("firstName", "lastName", "phone", "clinic", "freeText");
    /** What {@link #focused()} answers while the submit button has focus (the button has no id). */
    static final String SUBMIT = "submit";
    static final String A_CLINIC = "C-Medical IVF-klinikken";

    private static final By SUBMIT_BUTTON = By.cssSelector("form button[type=submit]");
    private static final By ERROR_SUMMARY = By.cssSelector(".error-summary");
    private static final int MAX_TABS = 30;

    private final WebDriver driver;
    private final WebDriverWait wait;

    private BookingFormPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Loads the empty form; focus starts at the top of the document. */
    static BookingFormPage open(WebDriver driver) {
        driver.get(TimebokHttp.baseUrl() + "/");
        return shown(driver);
    }

    /** The form as it is now in the browser, once its fields are there. */
    static BookingFormPage shown(WebDriver driver) {
        BookingFormPage page = new BookingFormPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(FIELDS.get(0))));
        return page;
    }

    /** The form sent back with errors, once its error summary shows. */
    static BookingFormPage shownWithErrors(WebDriver driver) {
        BookingFormPage page = shown(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(ERROR_SUMMARY));
        return page;
    }

    WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    WebElement errorOf(String field) {
        return driver.findElement(By.id(field + "-error"));
    }

    WebElement errorSummary() {
        return driver.findElement(ERROR_SUMMARY);
    }

    List<WebElement> errorSummaryLinks() {
        return errorSummary().findElements(By.tagName("a"));
    }

    BookingFormPage type(String field, String text) {
        WebElement input = field(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    BookingFormPage chooseClinic(String name) {
        new Select(field("clinic")).selectByVisibleText(name);
        return this;
    }

    String chosenClinic() {
        return new Select(field("clinic")).getFirstSelectedOption().getText();
    }

    /** Fills every field validly; the last name lets a test find its own row. */
    BookingFormPage fillValid(String lastName) {
        return type("firstName", "Kari").type("lastName", lastName).type("phone", "912 34 567")
                .chooseClinic(A_CLINIC).type("freeText", "Kontroll etter kneoperasjon");
    }

    /** Clicks the submit button and waits until the browser has left this page. */
    void submit() {
        Navigation.await(driver, () -> driver.findElement(SUBMIT_BUTTON).click());
    }

    // Keyboard: everything below acts on whatever has focus, as a keyboard user does.

    /** The id of the focused element, {@link #SUBMIT} for the submit button, else its tag name. */
    String focused() {
        WebElement active = driver.switchTo().activeElement();
        if (active.equals(driver.findElement(SUBMIT_BUTTON))) {
            return SUBMIT;
        }
        String id = active.getDomAttribute("id");
        return id == null || id.isEmpty() ? active.getTagName() : id;
    }

    /** Sends keys to the focused element. */
    BookingFormPage press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        return this;
    }

    /** Presses ENTER on the focused element (the submit button) and waits for the next page. */
    void submitWithEnter() {
        Navigation.await(driver, () -> press(Keys.ENTER));
    }

    /** Presses TAB until {@code target} (see {@link #focused()}) has focus; fails if it never does. */
    BookingFormPage tabTo(String target) {
        List<String> passed = new ArrayList<>();
        while (!target.equals(focused())) {
            if (passed.size() == MAX_TABS) {
                throw new AssertionError("TAB never reached " + target + "; focus went " + passed);
            }
            press(Keys.TAB);
            passed.add(focused());
        }
        return this;
    }

    /** Waits until {@code target} (see {@link #focused()}) has focus. */
    void awaitFocusOn(String target) {
        wait.withMessage(() -> "focus on " + target + ", but it is on " + focused())
                .until(d -> target.equals(focused()));
    }
}
