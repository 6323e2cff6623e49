package no.timebok.booking.staff;

/**
 * What a staff member may do. The names are the container's role names (see glassfish-web.xml).
 * {@link #SETUP} is not granted by anyone: it is what an account holds between a correct one-time
 * password and finishing its own setup, and it opens only the setup page.
 */
public enum StaffRole {
    RECEPTION("reception"),
    ADMIN("admin"),
    PRIVACY("privacy"),
    SETUP("setup");

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
