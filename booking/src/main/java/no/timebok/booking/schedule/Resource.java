package no.timebok.booking.schedule;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import no.timebok.common.error.FieldErrors;

/** A clinician or a room that can be booked, with its weekly opening hours. Holds no personal data. */
@Entity
@Table(name = "resource")
// Not in the shared cache: administrators change it, and another node of a cluster would keep
// offering the old hours or lengths from its own cache.
@Cacheable(false)
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 200)
    private String place;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resource_opening_hours", joinColumns = @JoinColumn(name = "resource_id"))
    private List<OpeningHours> openingHours = new ArrayList<>();

    protected Resource() {
    }

    /**
     * A new resource with its weekly hours.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "name" or "place"
     */
    public static Resource create(long clinicId, String name, String place, WeeklyHours hours) {
        Resource resource = new Resource();
        resource.clinicId = clinicId;
        resource.active = true;
        resource.describe(name, place, true, hours);
        return resource;
    }

    /**
     * Renames, moves, opens or closes the resource and replaces its weekly hours. Appointments
     * already booked keep their time: hours only limit what is offered from now on.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "name" or "place"
     */
    public void describe(String newName, String newPlace, boolean bookable, WeeklyHours hours) {
        FieldErrors errors = new FieldErrors();
        String trimmedName = newName == null ? "" : newName.strip();
        String trimmedPlace = newPlace == null ? "" : newPlace.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > 120) {
            errors.add("name", "setup.name.invalid");
        }
        if (trimmedPlace.isEmpty() || trimmedPlace.length() > 200) {
            errors.add("place", "setup.place.invalid");
        }
        errors.throwIfAny();
        name = trimmedName;
        place = trimmedPlace;
        active = bookable;
        openingHours.clear();
        openingHours.addAll(hours.intervals());
    }

    public Long id() {
        return id;
    }

    public long clinicId() {
        return clinicId;
    }

    public String name() {
        return name;
    }

    public String place() {
        return place;
    }

    public boolean active() {
        return active;
    }

    public List<OpeningHours> openingHours() {
        return List.copyOf(openingHours);
    }
}
