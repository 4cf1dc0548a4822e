package org.xcbir.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A person who can log in. The password is only ever stored as a salted PBKDF2 hash. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_NAME, query = "SELECT u FROM UserAccount u WHERE u.name = :name")
@NamedQuery(name = UserAccount.ALL, query = "SELECT u FROM UserAccount u ORDER BY u.name")
@NamedQuery(name = UserAccount.COUNT, query = "SELECT COUNT(u) FROM UserAccount u")
public class UserAccount {
    public static final String BY_NAME = "UserAccount.byName";
    public static final String ALL = "UserAccount.all";
    public static final String COUNT = "UserAccount.count";

    // SEQUENCE, not IDENTITY: EclipseLink's IDENTITY DDL is rejected by H2 2.2
    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String name;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String name, String passwordHash, Role role, Instant createdAt) {
        this.name = UserName.canonical(name);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }
}
