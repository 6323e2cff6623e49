package no.timebok.booking.schedule;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A clinician or a room that can be booked, with its weekly opening hours. Holds no personal data. */
@Entity
@Table(name = "resource")
@Cacheable
public class Resource {

    @Id
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
