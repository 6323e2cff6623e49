package no.timebok.messaging.template;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.TemplateText;

/**
 * The template of one kind in one language. Invariant: subject and body use only allow-listed
 * placeholders; the subject is one line. Holds no personal data, so it may be cached.
 */
@Entity
@Table(name = "message_template")
@Cacheable(true)
public class MessageTemplate {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 1071;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private MessageKind kind;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Version
    private long version;

    protected MessageTemplate() {
    }

    /**
     * Replaces the texts when both are valid.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "subject" or "body"
     */
    public void edit(String newSubject, String newBody) {
        FieldErrors errors = new FieldErrors();
        check(errors, "subject", newSubject, MAX_SUBJECT);
        if (newSubject.chars().anyMatch(Character::isISOControl)) {
            errors.add("subject", "template.subject.one-line");
        }
        check(errors, "body", newBody, MAX_BODY);
        // A staff message's body is what staff write; every other kind needs its text.
        if (kind != MessageKind.STAFF_MESSAGE && newBody.isBlank()) {
            errors.add("body", "template.required");
        }
        errors.throwIfAny();
        subject = newSubject;
        body = newBody;
    }

    private static void check(FieldErrors errors, String field, String text, int max) {
        if (field.equals("subject") && text.isBlank()) {
            errors.add(field, "template.required");
        }
        if (text.length() > max) {
            errors.add(field, "template.too-long");
        }
        Placeholders.problem(text).ifPresent(problem -> errors.add(field, problem));
    }

    public TemplateText text() {
        return new TemplateText(kind, Language.of(language), subject, body);
    }
}
