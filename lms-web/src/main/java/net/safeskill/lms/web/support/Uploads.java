package net.safeskill.lms.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.primefaces.model.file.UploadedFile;

/**
 * Hands an uploaded file to a service as a private temporary file, and removes whatever the service did not keep.
 * The file is only bytes here; what it really is gets decided by the service's inspection.
 */
public final class Uploads {

    private Uploads() {
    }

    /** What a service does with the temporary file. */
    @FunctionalInterface
    public interface WithFile<T> {
        T apply(Path file, String fileName, String contentType);
    }

    public static boolean present(UploadedFile upload) {
        return upload != null && upload.getFileName() != null && !upload.getFileName().isBlank();
    }

    public static <T> T withTempFile(UploadedFile upload, WithFile<T> action) {
        Path temp = null;
        try {
            temp = Files.createTempFile("lms-upload-", ".part");
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return action.apply(temp, upload.getFileName(), upload.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
            try {
                upload.delete();
            } catch (IOException ignored) {
                // the container removes its own part files at the end of the request
            }
        }
    }
}
