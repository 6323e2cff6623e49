package no.timebok.ear.browser;

import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.StaffSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The staff login page at {@code /staff/login.xhtml}, as a browser fills it in. */
final class StaffLoginPage {

    private StaffLoginPage() {
    }

    /** A fresh browser session each time: one test's login must not carry into the next. */
    static void logIn(WebDriver driver, StaffSession staff) {
        submit(driver, staff.username(), staff.password(), staff.authenticator().nextCode());
    }

    /** Opens the login page in a fresh browser session, fills it in and waits for the next page. */
    static void submit(WebDriver driver, String username, String password, String code) {
        submit(driver, TimebokHttp.baseUrl(), username, password, code);
    }

    /** The same on the server at {@code baseUrl}. */
    static void submit(WebDriver driver, String baseUrl, String username, String password, String code) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/staff/login.xhtml");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("code")).sendKeys(code);
        Navigation.await(driver, () -> driver.findElement(By.id("log-in")).click());
    }
}
