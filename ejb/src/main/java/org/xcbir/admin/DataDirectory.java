package org.xcbir.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the application keeps generated files (initial password, caches, generated archives):
 * {@code xcbir.data.dir}, by default {@code xcbir-data} inside the Payara domain. bin/xcbir sets it to var/data.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "xcbir.data.dir")
    Optional<String> configured;

    public Path root() {
        return configured.map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "xcbir-data"));
    }

    public Path resolve(String relative) {
        return root().resolve(relative);
    }
}
