package net.safeskill.lms.catalogue.infrastructure.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;

/**
 * Where uploaded course media live: one file (or, for SCORM, one extracted folder) per random storage key under
 * {@code lms.media.dir} (default: the server's data directory, {@code lms-media}). Files are never changed in place
 * and never served by their uploader's name, so a stored key cannot be guessed from anything a user typed.
 */
@ApplicationScoped
public class MediaStore {

    private Path root;

    @PostConstruct
    void init() {
        String configured = System.getProperty("lms.media.dir");
        String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        root = (configured != null && !configured.isBlank() ? Path.of(configured) : Path.of(data, "lms-media"))
                .toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create media directory " + root, e);
        }
    }

    /** A new random storage key. */
    public String newKey() {
        return UUID.randomUUID().toString();
    }

    /** Moves an inspected upload into the store under a new key. */
    public String keep(Path inspectedFile) {
        String key = newKey();
        try {
            Files.move(inspectedFile, root.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.copy(inspectedFile, root.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException copy) {
                throw new UncheckedIOException(copy);
            }
        }
        return key;
    }

    /** The folder for a key (for extracted SCORM packages); not yet created. */
    public Path folder(String key) {
        return resolve(key).orElseThrow(() -> new IllegalArgumentException("bad storage key"));
    }

    /** The stored file of a key, if the key is well-formed and the file exists. */
    public Optional<Path> file(String key) {
        return resolve(key).filter(Files::isRegularFile);
    }

    private Optional<Path> resolve(String key) {
        if (key == null || !key.matches(LessonMedia.STORAGE_KEY_PATTERN)) {
            return Optional.empty();
        }
        Path p = root.resolve(key).normalize();
        return p.startsWith(root) ? Optional.of(p) : Optional.empty();
    }
}
