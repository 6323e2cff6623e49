package no.timebok.booking.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * The logged-in staff member of this request, loaded once. Every query of patient data takes
 * {@link #clinicIds()} from here, so scoping to one's own clinics can't be forgotten by a caller.
 * On a staff page or API the session filter hands over the member it read with the login's check
 * ({@link #checkedAs}); only a request that no such check saw loads it here.
 */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @Inject
    StaffUserRepository users;

    private StaffMember member;

    public StaffMember get() {
        if (member == null) {
            Principal principal = Optional.ofNullable(security.getCallerPrincipal())
                    .orElseThrow(() -> new IllegalStateException("no caller"));
            member = users.activeMember(principal.getName())
                    .orElseThrow(() -> new IllegalStateException("no active account for the caller"));
        }
        return member;
    }

    /**
     * The member as the check of this request's login read it, active and with its sessions still
     * valid: {@link #get} then needs no query of its own.
     */
    public void checkedAs(StaffMember checked) {
        member = checked;
    }

    public Set<Long> clinicIds() {
        return get().clinicIds();
    }

    /** After the caller joined a clinic, so the rest of this request sees it too. */
    public void joined(long clinicId) {
        StaffMember now = get();
        Set<Long> clinics = new java.util.TreeSet<>(now.clinicIds());
        clinics.add(clinicId);
        member = new StaffMember(now.id(), now.username(), now.displayName(), now.roles(), Set.copyOf(clinics));
    }
}
