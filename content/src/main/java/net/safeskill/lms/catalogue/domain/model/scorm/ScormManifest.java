package net.safeskill.lms.catalogue.domain.model.scorm;

import java.util.List;
import java.util.Objects;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A parsed SCORM manifest (课件清单, {@code imsmanifest.xml}), reduced to what the LMS needs to
 * launch the course: the version, the title and the items of the default organization.
 *
 * @param version                SCORM 1.2 or 2004
 * @param identifier             the manifest identifier
 * @param title                  title of the default organization, else the manifest identifier
 * @param organizationIdentifier identifier of the default organization
 * @param items                  the items of the default organization, depth first in document
 *                               order; at least one of them is launchable
 */
public record ScormManifest(ScormVersion version, String identifier, String title, String organizationIdentifier,
        List<ScormItem> items) {

    public ScormManifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organizationIdentifier, "organizationIdentifier");
        items = List.copyOf(items);
        if (items.stream().noneMatch(ScormItem::launchable)) {
            throw new DomainException("scorm.noLaunch");
        }
    }

    /** @return the item to start the course with: the first launchable item of the default organization */
    public ScormItem defaultLaunch() {
        return items.stream().filter(ScormItem::launchable).findFirst().orElseThrow();
    }

    /** @return the launchable items that are SCOs (they report progress to the LMS) */
    public List<ScormItem> scos() {
        return items.stream().filter(ScormItem::sco).toList();
    }
}
