package no.timebok.booking.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffRole;
import no.timebok.booking.identity.StaffUser;

/** Staff accounts, for administrators (see web.xml: /api/staff/admin/* is admin only). */
@Path("/staff/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffAdminResource {

    @Inject
    StaffAccountService accounts;

    @Inject
    CurrentStaff current;

    /** The accounts of my clinics (accounts that also work elsewhere belong to that clinic's admin too). */
    @GET
    public List<StaffAccount> list() {
        return accounts.manageableBy(current.get()).stream().map(StaffAccount::of).toList();
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public StaffAccount one(@PathParam("id") long id) {
        return StaffAccount.of(accounts.manageable(current.get(), id));
    }

    @PUT
    @Path("{id: \\d{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffAccount change(@PathParam("id") long id, Change change) {
        Change given = change == null ? new Change(null, null, null, null) : change;
        return StaffAccount.of(accounts.change(current.get(), id, new StaffAccountService.AccessChange(given.displayName(),
                StaffRole.grantable(given.roles()), Set.copyOf(given.clinicIds() == null ? List.of() : given.clinicIds()),
                given.active() == null || given.active())));
    }

    @POST
    @Path("{id: \\d{1,18}}/reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffAccount reset(@PathParam("id") long id, Reset reset) {
        return StaffAccount.of(accounts.reset(current.get(), id, reset == null ? null : reset.oneTimePassword()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount account) {
        NewAccount given = account == null ? new NewAccount(null, null, null, List.of(), List.of()) : account;
        StaffUser created = accounts.createBy(current.get(), new StaffAccountService.NewStaffAccount(given.username(), given.displayName(),
                given.oneTimePassword(), StaffRole.grantable(given.roles()), Set.copyOf(given.clinicIds() == null ? List.of() : given.clinicIds())));
        return Response.status(Response.Status.CREATED).entity(StaffAccount.of(created)).build();
    }

    public record NewAccount(String username, String displayName, String oneTimePassword, List<String> roles,
                             List<Long> clinicIds) {
    }

    public record Change(String displayName, List<String> roles, List<Long> clinicIds, Boolean active) {
    }

    public record Reset(String oneTimePassword) {
    }

    /** {@code pendingSetup}: the account has yet to choose its password and enrol TOTP. */
    public record StaffAccount(long id, String username, String displayName, List<String> roles, List<Long> clinicIds,
                               boolean active, boolean pendingSetup) implements java.io.Serializable {
        public static StaffAccount of(StaffUser user) {
            return new StaffAccount(user.id(), user.username(), user.displayName(),
                    user.roles().stream().map(StaffRole::roleName).sorted().toList(),
                    user.clinicIds().stream().sorted().toList(), user.active(), user.needsSetup());
        }
    }
}
