package no.timebok.messaging.template;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.common.messaging.MessageTemplates;
import no.timebok.common.messaging.TemplateText;

/** The admin's editing of templates, found under {@link MessageTemplates#JNDI_NAME}. */
@Stateless(name = MessageTemplates.BEAN)
public class TemplateService implements MessageTemplates {

    private static final Logger LOG = Logger.getLogger(TemplateService.class.getName());

    @Inject
    TemplateRepository templates;

    @Override
    public List<TemplateText> all() {
        return templates.all().stream().map(MessageTemplate::text).toList();
    }

    @Override
    public TemplateText save(TemplateText text) {
        MessageTemplate template = templates.find(text.kind(), text.language())
                .orElseThrow(() -> new IllegalStateException("No template " + text.kind() + "/" + text.language()));
        template.edit(text.subject(), text.body());
        LOG.info(() -> "Template " + text.kind() + "/" + text.language() + " changed");
        return template.text();
    }
}
