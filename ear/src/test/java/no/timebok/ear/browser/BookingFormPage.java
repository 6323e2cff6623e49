package no.timebok.ear.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.timebok.ear.TestData;
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

    /** The fields an empty form reports as missing, in the order a patient meets them. */
    static final List<String> REQUIRED = List.of("firstName", "lastName", "phone", "clinic", "visitType", "freeText");
    /** Every control a keyboard user passes, in order; each id is also its parameter name. */
    static final List<String> KEYBOARD_ORDER = List.of("firstName", "lastName", "phone", "email", "nationalId",
            "clinic", "visitType", "earliestDate", "latestDate", "freeText", "newsletter");
    /** What {@link #focused()} answers while the submit button has focus. */
    static final String SUBMIT = "submit";
    static final String A_CLINIC = "C-Medical IVF-klinikken";
    static final String A_VISIT_TYPE_NB = "Fertilitetsutredning";
    static final String A_VISIT_TYPE_EN = "Fertility assessment";

    private static final By SUBMIT_BUTTON = By.id("submit");
    private static final By LANGUAGE_SWITCH = By.cssSelector(".lang-switch button");
    /** The test domain's minimum fill time is one second; a person is never faster than this. */
    private static final Duration FILL_TIME = Duration.ofMillis(1200);
    private static final By ERROR_SUMMARY = By.cssSelector(".error-summary");
    private static final int MAX_TABS = 30;

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final long shownAtMillis = System.currentTimeMillis();

    private BookingFormPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Loads the empty form in Norwegian; focus starts at the top of the document. */
    static BookingFormPage open(WebDriver driver) {
        return open(driver, "nb");
    }

    static BookingFormPage open(WebDriver driver, String language) {
        return openAt(driver, TimebokHttp.baseUrl(), language);
    }

    /** The form as a node at {@code baseUrl} serves it, such as an edge node. */
    static BookingFormPage openAt(WebDriver driver, String baseUrl, String language) {
        driver.get(baseUrl + "/?lang=" + language);
        return shown(driver);
    }

    /** The form as it is now in the browser, once its fields are there. */
    static BookingFormPage shown(WebDriver driver) {
        BookingFormPage page = new BookingFormPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(REQUIRED.get(0))));
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

    BookingFormPage chooseVisitType(String name) {
        new Select(field("visitType")).selectByVisibleText(name);
        return this;
    }

    String language() {
        return driver.findElement(By.tagName("html")).getDomAttribute("lang");
    }

    /** Presses the visible language switch and waits for the page in the other language. */
    BookingFormPage switchLanguage() {
        String before = language();
        Navigation.await(driver, () -> driver.findElement(LANGUAGE_SWITCH).click());
        BookingFormPage page = shown(driver);
        page.wait.until(d -> !before.equals(page.language()));
        return page;
    }

    String label(String field) {
        return driver.findElement(By.cssSelector("label[for=" + field + "]")).getText();
    }

    String chosenClinic() {
        return new Select(field("clinic")).getFirstSelectedOption().getText();
    }

    /** Fills every required field validly; the last name lets a test find its own row. */
    BookingFormPage fillValid(String lastName) {
        String visitType = "en".equals(language()) ? A_VISIT_TYPE_EN : A_VISIT_TYPE_NB;
        return type("firstName", "Kari").type("lastName", lastName).type("phone", TestData.uniqueMobile())
                .chooseClinic(A_CLINIC).chooseVisitType(visitType).type("freeText", "Kontroll etter kneoperasjon");
    }

    /** Clicks the submit button, no sooner than a person could, and waits until the browser has left this page. */
    void submit() {
        awaitFillTime();
        Navigation.await(driver, () -> driver.findElement(SUBMIT_BUTTON).click());
    }

    private void awaitFillTime() {
        wait.until(d -> System.currentTimeMillis() - shownAtMillis >= FILL_TIME.toMillis());
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
        awaitFillTime();
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

    /** Waits until the error summary has focus, as it should right after a failed submit. */
    void awaitFocusOnErrorSummary() {
        wait.withMessage(() -> "focus on the error summary, but it is on " + focused())
                .until(d -> errorSummary().equals(d.switchTo().activeElement()));
    }

    /** Waits until {@code target} (see {@link #focused()}) has focus. */
    void awaitFocusOn(String target) {
        wait.withMessage(() -> "focus on " + target + ", but it is on " + focused())
                .until(d -> target.equals(focused()));
    }
}
