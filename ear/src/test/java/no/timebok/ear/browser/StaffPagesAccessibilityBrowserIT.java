package no.timebok.ear.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Every staff page a receptionist and a clinic administrator reach, checked against WCAG 2.1 AA
 * with axe-core, with content in it: rows in the tables, a form sent back with its errors. The
 * privacy officer's pages are checked along {@link RightsRequestBrowserIT}'s way through them, the
 * request page along {@link StaffWorkspaceBrowserIT}'s. Each page is a separate check, so one run
 * reports every page's violations.
 */
@ExtendWith({TimebokDeployment.class, HeadlessChromium.class})
class StaffPagesAccessibilityBrowserIT {

    private final WebDriver driver;

    StaffPagesAccessibilityBrowserIT(WebDriver driver) {
        this.driver = driver;
    }

    @Test
    void everyPageOfAReceptionistAndAClinicAdministratorMeetsWcag21AA() {
        Submitted request = PatientRequests.atOslo("Tilgjengelig" + UUID.randomUUID().toString().substring(0, 6), "Vondt i ryggen");
        StaffSession staff = StaffAccounts.create(List.of("reception", "admin"), List.of(1L));
        StaffLoginPage.logIn(driver, staff);

        assertAll(
                page("/staff/home.xhtml"),
                page("/staff/queue.xhtml"),
                page("/staff/request.xhtml?id=" + request.id()),
                page("/staff/calendar.xhtml?resource=101&view=week"),
                page("/staff/messages.xhtml"),
                page("/staff/worklist.xhtml"),
                page("/staff/retention.xhtml"),
                after("a retention dry run", "/staff/retention.xhtml", By.cssSelector("input.dry-run")),
                page("/staff/admin/setup.xhtml"),
                after("a resource saved without a name", "/staff/admin/setup.xhtml", By.id("resource-form:save-resource")),
                page("/staff/admin/users.xhtml"),
                after("an account saved without its facts", "/staff/admin/users.xhtml", By.id("account-form:save-account")),
                page("/staff/admin/newsletter.xhtml"),
                page("/staff/admin/templates.xhtml"),
                page("/staff/admin/api-clients.xhtml"),
                after("a client key issued without a name", "/staff/admin/api-clients.xhtml", By.id("client-form:issue-client")),
                () -> {
                    driver.get(TimebokHttp.baseUrl() + "/staff/admin/api-clients.xhtml");
                    driver.findElement(By.id("client-form:name")).sendKeys("Klinikkens nettside");
                    driver.findElement(By.id("client-form:clinicIds:0")).click();
                    Navigation.await(driver, () -> driver.findElement(By.id("client-form:issue-client")).click());
                    assertTrue(driver.findElement(By.id("issued-key")).getText().startsWith("tbk."), "the key is shown once");
                    Accessibility.assertAccessible(driver);
                });
    }

    @Test
    void theAccountSetupAndTheRefusedPageMeetWcag21AA() {
        String username = StaffAccounts.uniqueUsername();
        String oneTimePassword = "one-time-" + UUID.randomUUID();
        StaffAccounts.createWithoutSetup(username, oneTimePassword, List.of("reception"), List.of(1L));
        StaffLoginPage.submit(driver, username, oneTimePassword, "");
        assertTrue(driver.getCurrentUrl().contains("/staff/setup.xhtml"), "a first login leads to setup: " + driver.getCurrentUrl());

        assertAll(
                () -> Accessibility.assertAccessible(driver),
                () -> {
                    Navigation.await(driver, () -> driver.findElement(By.id("setup:complete")).click());
                    Accessibility.assertAccessible(driver);
                },
                () -> {
                    StaffLoginPage.logIn(driver, StaffAccounts.reception(1));
                    driver.get(TimebokHttp.baseUrl() + "/staff/admin/users.xhtml");
                    Accessibility.assertAccessible(driver);
                });
    }

    private Executable page(String path) {
        return () -> {
            driver.get(TimebokHttp.baseUrl() + path);
            Accessibility.assertAccessible(driver);
        };
    }

    /** The page at {@code path} after pressing the first {@code button} on it. */
    private Executable after(String what, String path, By button) {
        return () -> {
            driver.get(TimebokHttp.baseUrl() + path);
            Navigation.await(driver, () -> driver.findElement(button).click());
            try {
                Accessibility.assertAccessible(driver);
            } catch (AssertionError e) {
                throw new AssertionError("After " + what + ": " + e.getMessage(), e);
            }
        };
    }
}
