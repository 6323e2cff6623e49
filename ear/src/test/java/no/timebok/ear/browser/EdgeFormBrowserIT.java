package no.timebok.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.edge.EdgeNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** The booking form as patients reach it in production: served by an edge node on Payara Micro. */
@ExtendWith({TimebokDeployment.class, EdgeNodes.class, HeadlessChromium.class})
class EdgeFormBrowserIT {

    @Test
    void theFormOnAnEdgeShowsErrorsKeepsWhatWasTypedAndLandsOnTheReceipt(WebDriver driver) throws Exception {
        String lastName = "Edge-" + UUID.randomUUID();
        BookingFormPage form = BookingFormPage.openAt(driver, EdgeNodes.first().baseUrl(), "nb");
        Accessibility.assertAccessible(driver);
        form.type("lastName", lastName).submit();
        form = BookingFormPage.shownWithErrors(driver);
        assertEquals(lastName, form.field("lastName").getDomProperty("value"), "what was typed is kept");
        Accessibility.assertAccessible(driver);

        form.fillValid(lastName).submit();
        ReceiptPage receipt = ReceiptPage.shown(driver);
        Accessibility.assertAccessible(driver);
        assertTrue(driver.getCurrentUrl().startsWith(EdgeNodes.first().baseUrl()), driver.getCurrentUrl());
        assertTrue(receipt.text().contains(BookingFormPage.A_CLINIC), receipt.text());
        List<Map<String, Object>> rows = TestDatabase.query("SELECT reference FROM booking_request WHERE last_name = ?", lastName);
        assertEquals(1, rows.size());
        assertEquals(receipt.reference(), rows.get(0).get("reference"));
    }
}
