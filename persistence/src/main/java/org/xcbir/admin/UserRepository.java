package org.xcbir.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** User accounts in the database. Transactions belong to the calling service. */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "xcbir")
    private EntityManager em;

    public Optional<UserAccount> findByName(String name) {
        return em.createNamedQuery(UserAccount.BY_NAME, UserAccount.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    public List<UserAccount> findAll() {
        return em.createNamedQuery(UserAccount.ALL, UserAccount.class).getResultList();
    }

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
    }

    public void add(UserAccount account) {
        em.persist(account);
        // Flush now so a duplicate name fails inside the caller's try block, not at commit.
        em.flush();
    }
}
