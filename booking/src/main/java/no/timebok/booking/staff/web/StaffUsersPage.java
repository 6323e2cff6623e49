package no.timebok.booking.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.timebok.booking.clinicsetup.ClinicSetupRepository;
import no.timebok.booking.staff.CurrentStaff;
import no.timebok.booking.staff.StaffAccountNotFoundException;
import no.timebok.booking.staff.StaffAccountService;
import no.timebok.booking.staff.StaffAdminResource.StaffAccount;
import no.timebok.booking.staff.StaffRole;
import no.timebok.common.validation.FieldErrors;
import no.timebok.common.validation.InvalidInputException;

/**
 * Backs the administrator's page of staff accounts: create, change roles and clinics, deactivate,
 * and reset a forgotten password or a lost authenticator. Never shows a password or a secret.
 */
@Named
@ViewScoped
public class StaffUsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffAccountService accounts;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient ClinicSetupRepository setup;

    private List<StaffAccount> rows = List.of();
    private Map<Long, String> clinicNames = Map.of();

    private String username;
    private String displayName;
    private String oneTimePassword;
    private List<String> roles = new ArrayList<>();
    private List<String> clinicIds = new ArrayList<>();
    private boolean active = true;
    private Long editingId;

    public void load() {
        CurrentStaff.StaffMember me = current.get();
        clinicNames = setup.clinics(me.clinicIds()).stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.name(), (a, b) -> a, TreeMap::new));
        rows = accounts.manageableBy(me).stream().map(StaffAccount::of).toList();
    }

    public void edit(StaffAccount row) {
        editingId = row.id();
        username = row.username();
        displayName = row.displayName();
        roles = new ArrayList<>(row.roles());
        clinicIds = row.clinicIds().stream().map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
        active = row.active();
        oneTimePassword = null;
    }

    public void startNew() {
        editingId = null;
        username = null;
        displayName = null;
        oneTimePassword = null;
        roles = new ArrayList<>();
        clinicIds = new ArrayList<>();
        active = true;
    }

    public void save() {
        try {
            if (editingId == null) {
                accounts.createBy(current.get(), new StaffAccountService.NewStaffAccount(username, displayName, oneTimePassword,
                        StaffRole.grantable(roles), chosenClinics()));
            } else {
                accounts.change(current.get(), editingId, new StaffAccountService.AccessChange(displayName, StaffRole.grantable(roles),
                        chosenClinics(), active));
            }
            FacesErrors.info(StaffTexts.text("setup.saved"));
            startNew();
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "account-form");
        } catch (StaffAccountNotFoundException e) {
            FacesErrors.global(StaffTexts.text("setup.gone"));
        }
        load();
    }

    public void reset() {
        try {
            accounts.reset(current.get(), editingId == null ? 0 : editingId, oneTimePassword);
            FacesErrors.info(StaffTexts.text("users.resetDone"));
            startNew();
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "account-form");
        } catch (StaffAccountNotFoundException e) {
            FacesErrors.global(StaffTexts.text("setup.gone"));
        }
        load();
    }

    private Set<Long> chosenClinics() {
        try {
            return clinicIds.stream().map(Long::valueOf).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw new FieldErrors().add("clinicIds", "staff.clinics.invalid").asException();
        }
    }

    public String clinics(StaffAccount row) {
        return row.clinicIds().stream().map(id -> clinicNames.getOrDefault(id, String.valueOf(id))).collect(Collectors.joining(", "));
    }

    public List<String> roleNames() {
        return List.of(StaffRole.RECEPTION.roleName(), StaffRole.ADMIN.roleName(), StaffRole.PRIVACY.roleName());
    }

    public List<StaffAccount> getRows() {
        return rows;
    }

    public Map<Long, String> getClinicNames() {
        return clinicNames;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getOneTimePassword() {
        return oneTimePassword;
    }

    public void setOneTimePassword(String oneTimePassword) {
        this.oneTimePassword = oneTimePassword;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getClinicIds() {
        return clinicIds;
    }

    public void setClinicIds(List<String> clinicIds) {
        this.clinicIds = clinicIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

}
