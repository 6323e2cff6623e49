package no.timebok.ear.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import no.timebok.ear.peers.MailPeer;
import no.timebok.ear.staff.StaffSession;

/** What the newsletter tests do alike: write one at clinic 1, take the one copy an address got, find its unsubscribe link. */
final class Newsletters {

    static final String API = "/api/staff/admin/newsletters";

    private Newsletters() {
    }

    /** A newsletter of clinic 1, written by the administrator; its id. */
    static long write(StaffSession admin, String subjectNb, String subjectEn, String textNb, String textEn) {
        HttpResponse<String> created = admin.post(API, Json.createObjectBuilder().add("clinicId", 1)
                .add("subjectNb", subjectNb).add("subjectEn", subjectEn)
                .add("textNb", textNb).add("textEn", textEn).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }

    /** The only mail the address got. */
    static MimeMessage only(MailPeer mail, String address) {
        List<MimeMessage> received = mail.receivedBy(address);
        assertEquals(1, received.size(), address);
        return received.get(0);
    }

    /** The unsubscribe address's path and query, to call on the test server whatever base URL it was built with. */
    static String unsubscribePath(MimeMessage message) throws Exception {
        String header = message.getHeader("List-Unsubscribe", null);
        assertNotNull(header);
        URI uri = URI.create(header.substring(1, header.length() - 1));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
