package org.xcbir.admin.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.xcbir.admin.Role;
import org.xcbir.admin.UserAccount;
import org.xcbir.admin.UserService;

/** The admin's user list and the form that adds an account. */
@Named
@ViewScoped
public class UsersBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    private UserService users;

    private String newName;
    private String newPassword;
    private Role newRole = Role.PARTICIPANT;
    private transient List<UserAccount> accounts;

    public List<UserAccount> getAccounts() {
        if (accounts == null) {
            accounts = users.list();
        }
        return accounts;
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            UserAccount created = users.create(newName, newPassword == null ? new char[0] : newPassword.toCharArray(), newRole);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Created " + created.getRole().roleName() + " '" + created.getName() + "'.", null));
            newName = null;
            newPassword = null;
            accounts = null;
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The account could not be saved; nothing was changed. Try again.", null));
        }
    }

    /** Creation time in UTC to the minute: what an admin needs to tell accounts apart. */
    public String created(UserAccount account) {
        return CREATED.format(account.getCreatedAt());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }
}
