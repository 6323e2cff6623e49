package no.timebok.booking.apiclient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.timebok.booking.identity.CurrentStaff;

/** Partners' client keys, for administrators (web.xml: /api/staff/admin/* is admin only). */
@Path("/staff/admin/api-clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiClientResource {

    @Inject
    ApiClientService clients;

    @Inject
    CurrentStaff current;

    @GET
    public List<Client> list() {
        return clients.managedBy(current.get()).stream().map(Client::of).toList();
    }

    @GET
    @Path("{id: \\d{1,18}}")
    public Client one(@PathParam("id") long id) {
        return Client.of(clients.managed(current.get(), id));
    }

    /** The answer is the only place the key's text is ever shown. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(NewClient client) {
        NewClient given = client == null ? new NewClient(null, null, List.of()) : client;
        ApiClientService.Issued issued = clients.issue(current.get(), given.name(), given.requestsPerMinute(),
                Set.copyOf(given.clinicIds() == null ? List.of() : given.clinicIds()));
        return Response.status(Response.Status.CREATED)
                .header("Cache-Control", "no-store")
                .entity(new IssuedClient(Client.of(issued.client()), issued.key())).build();
    }

    @POST
    @Path("{id: \\d{1,18}}/revoke")
    public Client revoke(@PathParam("id") long id) {
        return Client.of(clients.revoke(current.get(), id));
    }

    public record NewClient(String name, Integer requestsPerMinute, List<Long> clinicIds) {
    }

    /** A key as staff see it later: its id and settings, never its secret. */
    public record Client(long id, String keyId, String name, int requestsPerMinute, List<Long> clinicIds,
                         Instant createdAt, Instant revokedAt) implements Serializable {
        public static Client of(ApiClient client) {
            return new Client(client.id(), client.keyId(), client.name(), client.requestsPerMinute(),
                    client.clinicIds().stream().sorted().toList(), client.createdAt(), client.revokedAt().orElse(null));
        }
    }

    public record IssuedClient(Client client, String key) {
    }
}
