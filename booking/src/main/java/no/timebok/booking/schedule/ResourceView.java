package no.timebok.booking.schedule;

/** A resource (a room, a person, a machine) as staff choose among them. */
public record ResourceView(long id, String name, String place) {

    static ResourceView of(Resource resource) {
        return new ResourceView(resource.id(), resource.name(), resource.place());
    }
}
