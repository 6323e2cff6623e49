package no.timebok.booking.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.common.validation.FieldErrors;

/** Staff accounts, for administrators (see web.xml: /api/staff/admin/* is admin only). */
@Path("/staff/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffAdminResource {

    @Inject
    StaffAccountService accounts;

    @Inject
    StaffUserRepository users;

    @GET
    public List<StaffAccount> list() {
        return users.findAll().stream().map(StaffAccount::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount account) {
        NewAccount given = account == null ? new NewAccount(null, null, null, List.of(), List.of()) : account;
        StaffUser created = accounts.create(new StaffAccountService.NewStaffAccount(given.username(), given.displayName(),
                given.oneTimePassword(), roles(given.roles()), Set.copyOf(given.clinicIds() == null ? List.of() : given.clinicIds())));
        return Response.status(Response.Status.CREATED).entity(StaffAccount.of(created)).build();
    }

    private static Set<StaffRole> roles(List<String> names) {
        if (names == null) {
            return EnumSet.noneOf(StaffRole.class);
        }
        return names.stream().map(name -> Arrays.stream(StaffRole.values())
                        .filter(r -> r.roleName().equals(name) && r != StaffRole.SETUP)
                        .findFirst()
                        .orElseThrow(() -> new FieldErrors().add("roles", "staff.roles.invalid").asException()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }

    public record NewAccount(String username, String displayName, String oneTimePassword, List<String> roles,
                             List<Long> clinicIds) {
    }

    public record StaffAccount(long id, String username, String displayName, List<String> roles, List<Long> clinicIds) {
        static StaffAccount of(StaffUser user) {
            return new StaffAccount(user.id(), user.username(), user.displayName(),
                    user.roles().stream().map(StaffRole::roleName).sorted().toList(),
                    user.clinicIds().stream().sorted().toList());
        }
    }
}
