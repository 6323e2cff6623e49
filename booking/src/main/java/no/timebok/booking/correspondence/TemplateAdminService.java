package no.timebok.booking.correspondence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.MessageTemplates;
import no.timebok.common.messaging.TemplateText;
import no.timebok.common.validation.FieldErrors;

/**
 * Editing the templates through messaging's contract. The contract leaves the role check to the
 * caller, so it is made here as well as in web.xml: the Faces page and the API both come through.
 */
@Stateless
@RolesAllowed("admin")
public class TemplateAdminService {

    @EJB(lookup = MessageTemplates.JNDI_NAME)
    MessageTemplates templates;

    public List<TemplateText> all() {
        return templates.all();
    }

    /** @throws no.timebok.common.validation.InvalidInputException naming "kind", "language", "subject" or "body" */
    public TemplateText save(String kind, String language, String subject, String body) {
        FieldErrors errors = new FieldErrors();
        MessageKind parsed = null;
        try {
            parsed = MessageKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "template.kind.unknown");
        }
        if (!"nb".equals(language) && !"en".equals(language)) {
            errors.add("language", "template.language.unknown");
        }
        errors.throwIfAny();
        return templates.save(new TemplateText(parsed, language, subject == null ? "" : subject, body == null ? "" : body));
    }
}
