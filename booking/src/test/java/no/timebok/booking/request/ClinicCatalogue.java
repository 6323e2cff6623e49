package no.timebok.booking.request;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.VisitType;

/**
 * Clinics and visit types held in memory for the validator, in place of the database. The entities
 * are real ones, filled field by field the way the persistence provider fills them (they have no
 * public constructor), so their own rules ({@code acceptsBookings}, {@code offeredBy}) are the ones
 * under test.
 */
final class ClinicCatalogue extends ClinicRepository {

    private final Map<Long, Clinic> clinics = new HashMap<>();
    private final Map<Long, VisitType> visitTypes = new HashMap<>();

    Clinic clinic(long id, boolean active) {
        Clinic clinic = instance(Clinic.class);
        set(clinic, "id", id);
        set(clinic, "code", "clinic-" + id);
        set(clinic, "name", "Klinikk " + id);
        set(clinic, "active", active);
        clinics.put(id, clinic);
        return clinic;
    }

    VisitType visitType(long id, Clinic clinic, boolean active) {
        VisitType visitType = instance(VisitType.class);
        set(visitType, "id", id);
        set(visitType, "clinic", clinic);
        set(visitType, "code", "visit-" + id);
        set(visitType, "nameNb", "Time " + id);
        set(visitType, "nameEn", "Visit " + id);
        set(visitType, "active", active);
        set(visitType, "slotMinutes", 30);
        visitTypes.put(id, visitType);
        return visitType;
    }

    @Override
    public Optional<Clinic> findBookable(long id) {
        return Optional.ofNullable(clinics.get(id)).filter(Clinic::acceptsBookings);
    }

    @Override
    public Optional<VisitType> findVisitType(long id) {
        return Optional.ofNullable(visitTypes.get(id));
    }

    private static <T> T instance(Class<T> type) {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no field " + name + " on " + target.getClass().getSimpleName(), e);
        }
    }
}
