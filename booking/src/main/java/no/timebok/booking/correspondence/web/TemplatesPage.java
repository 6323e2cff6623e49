package no.timebok.booking.correspondence.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.timebok.booking.correspondence.TemplateAdminService;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.common.messaging.TemplateText;

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
                    .map(t -> new Editable(t.kind().name(), t.language().tag(), t.subject(), t.body()))
                    .toList();
        }
        return rows;
    }

    public void save(Editable row) {
        TemplateText saved = templates.save(row.getKind(), row.getLanguage(), row.getSubject(), row.getBody());
        row.setSubject(saved.subject());
        row.setBody(saved.body());
        PageMessages.info("c", "templates.saved");
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
