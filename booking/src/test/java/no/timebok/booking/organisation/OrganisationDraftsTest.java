package no.timebok.booking.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import no.timebok.booking.clinic.ClinicDetails;
import no.timebok.booking.organisation.OrganisationDrafts.ClinicDraft;
import no.timebok.booking.organisation.OrganisationDrafts.GroupDraft;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrganisationDraftsTest {

    @Test
    void aValidClinicIsKeptInTheFormsThePagesAndMessagesUse() {
        ClinicDetails details = clinic(" Hudklinikken ", "0150", "22 33 44 55", "Post@Klinikk.no", "974 760 673", "CMedical")
                .validated();
        assertEquals("Hudklinikken", details.name());
        assertEquals("+4722334455", details.phoneE164());
        assertEquals("974760673", details.organisationNumber());
        assertEquals("CMedical", details.smsSender());
        assertEquals(null, details.openingHoursEn(), "blank optional text is no text");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> clinic("", "150", "abc", "post@", "974760674", "C Medical!").validated());
        assertEquals(Map.of("name", "organisation.text.required", "postalCode", "organisation.postalCode.invalid",
                "phone", "organisation.phone.invalid", "email", "organisation.email.invalid",
                "organisationNumber", "organisation.orgnr.invalid", "smsSender", "organisation.smsSender.invalid"),
                invalid.errors().asMap());
    }

    @Test
    void aGroupNeedsItsNameAndAWayToReachItsDataProtectionOfficer() {
        assertEquals("Gruppen", new GroupDraft("Gruppen", null, null, "dpo@gruppen.no", " ").validated().name());
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> new GroupDraft(" ", null, null, "dpo", null).validated());
        assertEquals(Map.of("name", "organisation.text.required", "dpoEmail", "organisation.email.invalid"),
                invalid.errors().asMap());
    }

    @Test
    void aCodeIsMadeFromTheNameWithNorwegianLettersSpeltOut() {
        assertEquals("c-medical-ostre-aker-aerfjord", OrganisationDrafts.slug("C-Medical Østre Åker – Ærfjord!"));
        assertEquals("a".repeat(40), OrganisationDrafts.slug("a".repeat(45)));
        assertEquals("bergen", new ClinicDraft(" Bergen ", "Noe annet", null, null, null, null, null, null, null, null, null, null)
                .codeOrFromName());
        assertTrue(OrganisationDrafts.isCode("oslo-2"));
        assertFalse(OrganisationDrafts.isCode("-oslo"));
        assertFalse(OrganisationDrafts.isCode(""));
    }

    private static ClinicDraft clinic(String name, String postalCode, String phone, String email, String orgnr, String sender) {
        return new ClinicDraft(null, name, "Gate 1", postalCode, "Oslo", phone, email, orgnr, "Hverdager 8–16", " ", sender, null);
    }
}
