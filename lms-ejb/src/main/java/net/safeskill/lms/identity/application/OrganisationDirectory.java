package net.safeskill.lms.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;

/** What other contexts may know about an organisation by its id: its public name (for course pages, lists). */
@Stateless
@PermitAll
public class OrganisationDirectory {

    @Inject
    private IdentityRepository repository;

    /** @return the organisation's name, or an empty string for an unknown id */
    public String nameOf(long organisationId) {
        return repository.organisation(organisationId).map(Organisation::name).orElse("");
    }
}
