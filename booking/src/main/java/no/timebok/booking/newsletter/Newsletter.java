package no.timebok.booking.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;
import no.timebok.common.persistence.UtcInstantConverter;

/** A clinic's newsletter in both languages. It is sent at most once: the send is stamped on it. */
@Entity
@Table(name = "newsletter")
public class Newsletter {

    /** The privacy notice promises 4 to 12 newsletters a year; a 13th is sent only after a warning. */
    public static final int MOST_PER_YEAR = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "subject_nb", nullable = false, length = 200, updatable = false)
    private String subjectNb;

    @Column(name = "subject_en", nullable = false, length = 200, updatable = false)
    private String subjectEn;

    @Column(name = "text_nb", nullable = false, updatable = false)
    private String textNb;

    @Column(name = "text_en", nullable = false, updatable = false)
    private String textEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "sent_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant sentAt;

    @Column(name = "sent_by")
    private Long sentBy;

    @Column(name = "recipients")
    private Integer recipients;

    /** Signs the redirects of this newsletter's copies (see {@link LinkSignature}); drawn at writing. */
    @Column(name = "link_key", length = LinkSignature.KEY_BYTES)
    private byte[] linkKey;

    protected Newsletter() {
    }

    static Newsletter write(NewsletterForm.Valid form, long staffUserId, Instant now) {
        Newsletter newsletter = new Newsletter();
        newsletter.clinicId = form.clinicId();
        newsletter.subjectNb = form.subjectNb();
        newsletter.subjectEn = form.subjectEn();
        newsletter.textNb = form.textNb();
        newsletter.textEn = form.textEn();
        newsletter.createdBy = staffUserId;
        newsletter.createdAt = now;
        newsletter.linkKey = LinkSignature.newKey();
        return newsletter;
    }

    /** @throws ConflictException when it went out before */
    void ensureUnsent() {
        if (sentAt != null) {
            throw new ConflictException("newsletter-already-sent", "newsletter.alreadySent");
        }
    }

    void markSent(long staffUserId, int recipientCount, Instant now) {
        ensureUnsent();
        sentAt = now;
        sentBy = staffUserId;
        recipients = recipientCount;
    }

    /** The key for this newsletter's redirects; one written before measuring existed draws it now, before it is sent. */
    byte[] linkKey() {
        if (linkKey == null) {
            linkKey = LinkSignature.newKey();
        }
        return linkKey.clone();
    }

    public long id() {
        return id;
    }

    public long clinicId() {
        return clinicId;
    }

    public String subject(Language language) {
        return language.pick(subjectNb, subjectEn);
    }

    public String text(Language language) {
        return language.pick(textNb, textEn);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Integer> recipients() {
        return Optional.ofNullable(recipients);
    }
}
