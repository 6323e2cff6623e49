package no.timebok.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.timebok.ear.TestData;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.staff.Authenticator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A clinic group goes from an empty database to taking requests with the staff pages alone, in
 * Chromium: the production EAR starts on a database with no clinic, the form says booking is not
 * open yet, the first administrator from configuration sets up their account, names the group,
 * adds a clinic (after being shown per-field errors) and a kind of visit, a patient asks for a time
 * there, and the administrator finds the request in the clinic's queue.
 * <p>
 * It runs beside the other classes: its server, database, ports and data grid are its own, and its
 * two minutes, mostly making and starting that server, no longer add to the suite's.
 */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
@Execution(ExecutionMode.CONCURRENT)
class FirstInstallationBrowserIT {

    private static final String PAGE = "/staff/admin/organisation.xhtml";
    private static final String ADMIN = System.getProperty("timebok.it.adminUser", "admin");
    private static final String NEW_PASSWORD = "fjord clinic opening day 2027";

    @Test
    void anEmptyDatabaseTakesRequestsAfterSetUpOnTheStaffPagesAlone(WebDriver driver) throws Exception {
        try (FreshInstallation fresh = FreshInstallation.start()) {
            String base = fresh.baseUrl();
            assertEquals(0, fresh.count("SELECT COUNT(*) FROM clinic"), "the installation starts without a clinic");
            driver.get(base + "/?lang=nb");
            assertEquals(1, driver.findElements(By.id("not-open")).size(), () -> "the form says booking is not open yet: "
                    + driver.getPageSource());
            assertTrue(driver.findElements(By.id("clinic")).isEmpty(), "and offers no empty lists");

            Authenticator app = setUpFirstAdministrator(driver, base);
            driver.get(base + PAGE);
            Accessibility.assertAccessible(driver);
            type(driver, "group-form:name", "Fjordklinikkene");
            type(driver, "group-form:organisationNumber", "974 760 673");
            type(driver, "group-form:dpoName", "Personvernombudet");
            type(driver, "group-form:dpoEmail", "personvern@fjordklinikkene.example");
            Navigation.await(driver, () -> driver.findElement(By.id("group-form:save-group")).click());

            addClinicAfterBeingShownItsErrors(driver, fresh);
            new Select(driver.findElement(By.id("visit-type-form:clinicId"))).selectByVisibleText("Fjordklinikken Sentrum");
            type(driver, "visit-type-form:nameNb", "Føflekksjekk");
            type(driver, "visit-type-form:nameEn", "Mole check");
            type(driver, "visit-type-form:slotMinutes", "30");
            Navigation.await(driver, () -> driver.findElement(By.id("visit-type-form:save-visit-type")).click());
            assertTrue(driver.findElement(By.id("visit-type-table")).getText().contains("Føflekksjekk"), "the kind of visit is listed");
            Accessibility.assertAccessible(driver);

            driver.manage().deleteAllCookies();
            BookingFormPage form = BookingFormPage.openAt(driver, base, "nb");
            assertEquals("Fjordklinikkene", driver.findElement(By.id("site-name")).getText(), "the group's name heads the form");
            form.type("firstName", "Kari").type("lastName", "Fjordstrand").type("phone", TestData.uniqueMobile())
                    .chooseClinic("Fjordklinikken Sentrum").chooseVisitType("Føflekksjekk").type("freeText", "Et føflekkspørsmål");
            form.submit();
            ReceiptPage receipt = ReceiptPage.shown(driver);
            assertTrue(receipt.text().contains("22 44 55 66"), "the receipt gives the clinic's phone: " + receipt.text());
            String reference = receipt.reference();
            assertEquals(1, fresh.count("SELECT COUNT(*) FROM booking_request WHERE reference = ?", reference));

            StaffLoginPage.submit(driver, base, ADMIN, NEW_PASSWORD, app.nextCode());
            driver.get(base + "/staff/queue.xhtml");
            List<WebElement> rows = driver.findElements(By.cssSelector("tr.queue-row"));
            assertEquals(List.of(reference), rows.stream().map(row -> row.getDomAttribute("data-reference")).toList(),
                    "the administrator, a member of the clinic they made, finds the request in its queue");
        }
    }


    /** The one-time password from configuration, then the set-up page: a new password and an authenticator. */
    private static Authenticator setUpFirstAdministrator(WebDriver driver, String base) {
        StaffLoginPage.submit(driver, base, ADMIN, System.getProperty("timebok.it.adminOneTimePassword"), "");
        assertTrue(driver.getCurrentUrl().contains("/staff/setup.xhtml"), "a first login leads to set-up: " + driver.getCurrentUrl());
        Authenticator app = new Authenticator(driver.findElement(By.id("totp-secret")).getText().strip());
        type(driver, "setup:newPassword", NEW_PASSWORD);
        type(driver, "setup:repeatPassword", NEW_PASSWORD);
        type(driver, "setup:code", app.nextCode());
        Navigation.await(driver, () -> driver.findElement(By.id("setup:complete")).click());
        assertTrue(driver.getCurrentUrl().contains("/staff/login.xhtml?setUp=1"), () -> "set-up is done: " + driver.getPageSource());
        StaffLoginPage.submit(driver, base, ADMIN, NEW_PASSWORD, app.nextCode());
        assertFalse(driver.getCurrentUrl().contains("/staff/login.xhtml"), () -> "logged in: " + driver.getPageSource());
        return app;
    }

    private static void addClinicAfterBeingShownItsErrors(WebDriver driver, FreshInstallation fresh) throws Exception {
        type(driver, "clinic-form:name", "Fjordklinikken Sentrum");
        type(driver, "clinic-form:streetAddress", "Fjordgata 5");
        type(driver, "clinic-form:postalCode", "05");
        type(driver, "clinic-form:city", "Bergen");
        type(driver, "clinic-form:phone", "22 44 55 66");
        Navigation.await(driver, () -> driver.findElement(By.id("clinic-form:save-clinic")).click());
        assertTrue(fieldError(driver, "postalCode").isDisplayed(), "the wrong postal code is pointed out");
        assertTrue(fieldError(driver, "organisationNumber").isDisplayed(), "and the missing organisation number");
        assertEquals("Fjordklinikken Sentrum", value(driver, "clinic-form:name"), "what was typed stays");
        assertEquals(0, fresh.count("SELECT COUNT(*) FROM clinic"), "nothing is stored");
        Accessibility.assertAccessible(driver);

        driver.findElement(By.id("clinic-form:postalCode")).clear();
        type(driver, "clinic-form:postalCode", "5003");
        type(driver, "clinic-form:organisationNumber", "974 760 673");
        type(driver, "clinic-form:openingHoursNb", "Mandag–fredag 08–15");
        Navigation.await(driver, () -> driver.findElement(By.id("clinic-form:save-clinic")).click());
        assertTrue(driver.findElement(By.id("clinic-table")).getText().contains("Fjordklinikken Sentrum"), "the clinic is listed");
    }

    private static void type(WebDriver driver, String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    private static String value(WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    private static WebElement fieldError(WebDriver driver, String field) {
        return driver.findElement(By.cssSelector("#clinic-form .field:has([id='clinic-form:" + field + "']) .field-error"));
    }
}
