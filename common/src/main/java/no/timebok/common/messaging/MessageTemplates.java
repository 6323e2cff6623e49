package no.timebok.common.messaging;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The templates of every message kind in each language, for the admin's editing page. The
 * caller checks that the user has the admin role.
 */
@Local
public interface MessageTemplates {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */

    String BEAN = "MessageTemplates";


    String JNDI_NAME = "java:app/messaging/" + BEAN + "!no.timebok.common.messaging.MessageTemplates";

    List<TemplateText> all();

    /**
     * Replaces the subject and body of one template. Placeholders are written {@code {name}} and
     * must name a {@link TemplateField}; anything else is refused, so health information cannot
     * be put into a message by template.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "subject" or "body"
     */
    TemplateText save(TemplateText template);
}
