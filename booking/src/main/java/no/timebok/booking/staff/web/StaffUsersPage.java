package no.timebok.booking.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.identity.StaffRole;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.staff.StaffAccountService;
import no.timebok.booking.staff.StaffAdminResource.StaffAccount;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/**
 * Backs the administrator's page of staff accounts: create, change roles and clinics, deactivate,
 * and reset a forgotten password or a lost authenticator. Never shows a password or a secret.
 */
@Named
@ViewScoped
public class StaffUsersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "t";

    @Inject
    transient StaffAccountService accounts;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient ClinicRepository clinics;

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
        StaffMember me = current.get();
        clinicNames = clinics.namesById(me.clinicIds());
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
        if (editingId == null) {
            accounts.createBy(current.get(), new StaffAccountService.NewStaffAccount(username, displayName, oneTimePassword,
                    StaffRole.grantable(roles), chosenClinics()));
        } else {
            accounts.change(current.get(), editingId, new StaffAccountService.AccessChange(displayName, StaffRole.grantable(roles),
                    chosenClinics(), active));
        }
        PageMessages.info(TEXTS, "setup.saved");
        startNew();
        load();
    }

    public void reset() {
        accounts.reset(current.get(), editingId == null ? 0 : editingId, oneTimePassword);
        PageMessages.info(TEXTS, "users.resetDone");
        startNew();
        load();
    }

    private Set<Long> chosenClinics() {
        FieldErrors errors = new FieldErrors();
        Set<Long> chosen = FieldValues.ids(clinicIds, "clinicIds", "staff.clinics.invalid", errors);
        errors.throwIfAny();
        return chosen;
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
