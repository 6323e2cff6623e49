package no.timebok.booking.correspondence;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.timebok.common.messaging.TemplateText;
import no.timebok.common.validation.InvalidInputException;

/**
 * The admin's template editor: one form per kind and language. A refused edit keeps what was
 * typed in its form and shows the error under the field.
 */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TemplateAdminService templates;

    private List<Editable> rows;

    public List<Editable> getRows() {
        if (rows == null) {
            rows = templates.all().stream()
                    .map(t -> new Editable(t.kind().name(), t.language(), t.subject(), t.body()))
                    .toList();
        }
        return rows;
    }

    /** @param index the row in the page, whose fields get the errors */
    public void save(Editable row, int index) {
        String formId = "templates:rows:" + index;
        try {
            TemplateText saved = templates.save(row.getKind(), row.getLanguage(), row.getSubject(), row.getBody());
            row.setSubject(saved.subject());
            row.setBody(saved.body());
            PageMessages.info("templates.saved");
        } catch (InvalidInputException e) {
            PageMessages.show(e, formId);
        }
    }

    /** One template as edited in the page. */
    public static class Editable implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String kind;
        private final String language;
        private String subject;
        private String body;

        Editable(String kind, String language, String subject, String body) {
            this.kind = kind;
            this.language = language;
            this.subject = subject;
            this.body = body;
        }

        public String getKind() {
            return kind;
        }

        public String getLanguage() {
            return language;
        }

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }
}
