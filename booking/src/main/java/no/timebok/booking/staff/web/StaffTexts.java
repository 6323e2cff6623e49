package no.timebok.booking.staff.web;

import jakarta.faces.context.FacesContext;

/** The staff pages' texts (bundle {@code t} in faces-config), for messages a bean puts on a page. */
final class StaffTexts {

    private StaffTexts() {
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "t").getString(key);
    }
}
