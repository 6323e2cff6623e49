package no.timebok.booking.identity;

import java.util.Set;

/** Who is logged in, as every feature sees it: id, name, roles and the clinics they work at. */
public record StaffMember(long id, String username, String displayName, Set<StaffRole> roles, Set<Long> clinicIds) {

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** The role an access is logged under: the most specific one the member holds. */
    public StaffRole loggedRole() {
        return roles.contains(StaffRole.RECEPTION) ? StaffRole.RECEPTION
                : roles.contains(StaffRole.PRIVACY) ? StaffRole.PRIVACY : StaffRole.ADMIN;
    }
}
