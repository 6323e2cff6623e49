package no.timebok.booking.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Who is logged in, as every feature sees it: id, name, roles and the clinics they work at. */
public record StaffMember(long id, String username, String displayName, Set<StaffRole> roles, Set<Long> clinicIds) {

    /**
     * The member of a query that joins the account's roles and clinics: a row per role and clinic,
     * either null when the account has none.
     *
     * @param roleAt the column of the role, the clinic's id in the next
     */
    public static StaffMember fromJoinedRows(long id, String username, String displayName, List<Object[]> rows,
                                             int roleAt) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        Set<Long> clinics = new TreeSet<>();
        for (Object[] row : rows) {
            Optional.ofNullable((StaffRole) row[roleAt]).ifPresent(roles::add);
            Optional.ofNullable((Long) row[roleAt + 1]).ifPresent(clinics::add);
        }
        return new StaffMember(id, username, displayName, Set.copyOf(roles), Set.copyOf(clinics));
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    /** The role an access is logged under: the most specific one the member holds. */
    public StaffRole loggedRole() {
        return roles.contains(StaffRole.RECEPTION) ? StaffRole.RECEPTION
                : roles.contains(StaffRole.PRIVACY) ? StaffRole.PRIVACY : StaffRole.ADMIN;
    }
}
