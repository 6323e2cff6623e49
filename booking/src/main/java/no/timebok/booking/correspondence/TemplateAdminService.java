package no.timebok.booking.correspondence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.MessageTemplates;
import no.timebok.common.messaging.TemplateText;

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

    /** @throws no.timebok.common.error.InvalidInputException naming "kind", "language", "subject" or "body" */
    public TemplateText save(String kind, String language, String subject, String body) {
        FieldErrors errors = new FieldErrors();
        MessageKind parsed = null;
        try {
            parsed = MessageKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "template.kind.unknown");
        }
        Optional<Language> parsedLanguage = Language.parse(language);
        if (parsedLanguage.isEmpty()) {
            errors.add("language", "template.language.unknown");
        }
        errors.throwIfAny();
        return templates.save(new TemplateText(parsed, parsedLanguage.orElseThrow(), subject == null ? "" : subject, body == null ? "" : body));
    }
}
