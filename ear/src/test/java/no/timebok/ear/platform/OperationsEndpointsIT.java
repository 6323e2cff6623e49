package no.timebok.ear.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the public may learn about the server: not its metrics, its health details or a map of the
 * staff API; the OpenAPI document describes the public API, correctly and validly.
 */
@ExtendWith(TimebokDeployment.class)
class OperationsEndpointsIT {

    private static final List<String> OPERATIONS = List.of("/metrics", "/metrics?scope=base", "/health",
            "/health/ready", "/health/live");

    @Test
    void metricsAndHealthAnswerThePublicWithTheSitesOwnNotFound() {
        TimebokHttp visitor = new TimebokHttp();
        for (String path : OPERATIONS) {
            HttpResponse<String> answer = visitor.get(path);

            assertEquals(404, answer.statusCode(), path + ": " + answer.body());
            assertFalse(answer.body().contains("jvm") || answer.body().contains("\"checks\""), path + ": " + answer.body());
        }
    }

    @Test
    void theOperationsNetworkReadsThem() {
        TimebokHttp balancer = TimebokHttp.operations();
        for (String path : OPERATIONS) {
            assertEquals(200, balancer.get(path).statusCode(), path);
        }
        assertTrue(balancer.get("/metrics?scope=base").body().contains("jvm"), "the base metrics are there");
    }

    @Test
    void optionsOnTheApiNamesTheMethodsButGivesNoWadl() throws Exception {
        for (String path : List.of("/api/booking-requests", "/api/staff/requests", "/messaging/callbacks/sveve/inbound")) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TimebokHttp.baseUrl() + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("X-Forwarded-For", "2001:db8::77").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertFalse(answer.headers().firstValue("Content-Type").orElse("").contains("wadl"), path + " " + answer.headers());
            assertFalse(answer.body().contains("<application") || answer.body().contains("wadl"), path + ": " + answer.body());
        }
    }

    @Test
    void theOpenApiDocumentIsValidAndDescribesOnlyThePublicApi() {
        HttpResponse<String> document = new TimebokHttp().get("/openapi");
        assertEquals(200, document.statusCode());

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body());
        OpenAPI api = parsed.getOpenAPI();

        assertEquals(List.of(), parsed.getMessages(), "the document validates:\n" + document.body());
        assertEquals(Set.of("/api/booking-requests", "/api/booking-requests/{token}"), api.getPaths().keySet());
        assertEquals(List.of("/"), api.getServers().stream().map(s -> s.getUrl()).toList());
        Schema<?> body = api.getPaths().get("/api/booking-requests").getPost().getRequestBody().getContent()
                .get("application/json").getSchema();
        Schema<?> request = body.get$ref() == null ? body : api.getComponents().getSchemas().get("BookingRequest");
        assertTrue(request.getProperties().keySet().containsAll(Set.of("firstName", "lastName", "phone", "email", "nationalId",
                "clinicId", "visitTypeId", "partOfDay", "freeText", "newsletter", "language")), String.valueOf(request.getProperties()));
        assertTrue(request.getMaxProperties() == null || request.getMaxProperties() > 0, "maxProperties " + request.getMaxProperties());
        assertTrue(request.getRequired().containsAll(List.of("firstName", "lastName", "clinicId", "visitTypeId", "freeText")));
    }
}
