package no.timebok.booking.rights.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.rights.erasure.ErasureAnswer;
import no.timebok.booking.rights.erasure.ErasureService;
import no.timebok.booking.rights.rectification.RectificationForm;
import no.timebok.booking.rights.rectification.RectificationService;

/**
 * Backs {@code WEB-INF/includes/rights/answer.xhtml} on the rights request page (request parameter
 * {@code id}): the export links, the correction form and the erase button with its answer.
 */
@Named
@RequestScoped
public class RightsAnswerPage {

    private static final String TEXTS = "ra";

    @Inject
    RectificationService rectification;

    @Inject
    ErasureService erasure;

    private Long id;
    private String reference;
    private String firstName;
    private String lastName;
    private String phone;
    private String email;
    private ErasureAnswer erased;
    private boolean confirmErase;

    /** The rights request: the page's parameter {@code id}, or on a post back the form's hidden field. */
    public long getId() {
        if (id == null) {
            String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            id = param != null && param.matches("\\d{1,18}") ? Long.parseLong(param) : 0L;
        }
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public void rectify() {
        rectification.rectify(getId(), new RectificationForm(reference, firstName, lastName, phone, email));
        PageMessages.info(TEXTS, "answer.rectified");
    }

    /** Erasure cannot be undone, so a click alone is not enough: the officer ticks a confirmation first. */
    public void erase() {
        if (!confirmErase) {
            PageMessages.fieldError("confirmErase", TEXTS, "answer.confirmRequired");
            return;
        }
        erased = erasure.erase(getId());
    }

    /** A text of this include, the reasons of an erasure answer among them. */
    public String text(String key) {
        return PageMessages.text(TEXTS, key);
    }

    public boolean isConfirmErase() {
        return confirmErase;
    }

    public void setConfirmErase(boolean confirmErase) {
        this.confirmErase = confirmErase;
    }

    public ErasureAnswer getErased() {
        return erased;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
