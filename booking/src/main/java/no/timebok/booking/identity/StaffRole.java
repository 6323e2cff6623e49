package no.timebok.booking.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.common.error.FieldErrors;

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

    /**
     * The roles an administrator chose, by name; {@link #SETUP} is never one of them.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "roles" for any other name
     */
    public static Set<StaffRole> grantable(List<String> names) {
        if (names == null) {
            return EnumSet.noneOf(StaffRole.class);
        }
        return names.stream().map(name -> Arrays.stream(values())
                        .filter(r -> r.roleName.equals(name) && r != SETUP)
                        .findFirst()
                        .orElseThrow(() -> new FieldErrors().add("roles", "staff.roles.invalid").asException()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }
}
