package net.safeskill.lms.catalogue.domain;

import java.util.List;
import java.util.Optional;

import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;

/** Where library resources are kept. Implemented with JPA in lms-ejb. */
public interface LibraryRepository {

    Optional<LibraryResource> resource(String publicId);

    /** Resources owned by an institution ({@code null}: the platform's), newest first. */
    List<LibraryResource> resourcesOf(Long ownerInstitutionId);

    long count();

    void store(LibraryResource resource);
}
