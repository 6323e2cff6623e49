package no.timebok.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A clinic group goes from no such clinic to taking requests with the staff pages alone: an
 * administrator adds the clinic and a kind of visit in Chromium, and a patient then asks for a time
 * there on the public form. The clinic is switched off at the end, so the other tests' form stays.
 */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
class OrganisationBrowserIT {

    private static final String PAGE = "/staff/admin/organisation.xhtml";

    @Test
    void anAdministratorSetsUpAClinicOnThePagesAndAPatientBooksThere(WebDriver driver) throws Exception {
        String clinicName = "Zz Hudklinikken " + UUID.randomUUID().toString().substring(0, 6);
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(3L));
        StaffLoginPage.logIn(driver, admin);
        driver.get(TimebokHttp.baseUrl() + PAGE);
        Accessibility.assertAccessible(driver);

        type(driver, "clinic-form:name", clinicName);
        type(driver, "clinic-form:streetAddress", "Hudveien 5");
        type(driver, "clinic-form:postalCode", "05");
        type(driver, "clinic-form:city", "Oslo");
        type(driver, "clinic-form:phone", "22 44 55 66");
        Navigation.await(driver, () -> driver.findElement(By.id("clinic-form:save-clinic")).click());
        assertTrue(fieldError(driver, "postalCode").isDisplayed(), "the wrong postal code is pointed out");
        assertTrue(fieldError(driver, "organisationNumber").isDisplayed(), "and the missing organisation number");
        assertEquals(clinicName, value(driver, "clinic-form:name"), "what was typed stays");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM clinic WHERE name = ?", clinicName), "nothing is stored");
        Accessibility.assertAccessible(driver);

        driver.findElement(By.id("clinic-form:postalCode")).clear();
        type(driver, "clinic-form:postalCode", "0150");
        type(driver, "clinic-form:organisationNumber", "974 760 673");
        type(driver, "clinic-form:openingHoursNb", "Mandag–fredag 08–15");
        Navigation.await(driver, () -> driver.findElement(By.id("clinic-form:save-clinic")).click());
        long clinicId = ((Number) TestDatabase.query("SELECT id FROM clinic WHERE name = ?", clinicName).get(0).get("id")).longValue();
        try {
            assertTrue(driver.findElement(By.id("clinic-table")).getText().contains(clinicName), "the clinic is listed");

            new Select(driver.findElement(By.id("visit-type-form:clinicId"))).selectByVisibleText(clinicName);
            type(driver, "visit-type-form:nameNb", "Føflekksjekk");
            type(driver, "visit-type-form:nameEn", "Mole check");
            type(driver, "visit-type-form:slotMinutes", "30");
            Navigation.await(driver, () -> driver.findElement(By.id("visit-type-form:save-visit-type")).click());
            assertTrue(driver.findElement(By.id("visit-type-table")).getText().contains("Føflekksjekk"), "the kind of visit is listed");
            Accessibility.assertAccessible(driver);

            driver.manage().deleteAllCookies();
            BookingFormPage form = BookingFormPage.open(driver);
            String lastName = "Hud" + UUID.randomUUID().toString().substring(0, 6);
            form.type("firstName", "Kari").type("lastName", lastName).type("phone", no.timebok.ear.TestData.uniqueMobile())
                    .chooseClinic(clinicName).chooseVisitType("Føflekksjekk").type("freeText", "Et føflekkspørsmål");
            form.submit();
            ReceiptPage receipt = ReceiptPage.shown(driver);
            assertTrue(receipt.text().contains(clinicName), receipt.text());
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE clinic_id = ? AND reference = ?",
                    clinicId, receipt.reference()), "the request is the new clinic's");
        } finally {
            TestDatabase.update("UPDATE clinic SET active = FALSE WHERE id = ?", clinicId);
        }
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
