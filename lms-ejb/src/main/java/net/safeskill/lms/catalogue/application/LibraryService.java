package net.safeskill.lms.catalogue.application;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.LibraryRepository;
import net.safeskill.lms.catalogue.domain.model.course.LessonMedia;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;
import net.safeskill.lms.catalogue.domain.model.library.ResourceDetails;
import net.safeskill.lms.catalogue.domain.model.library.ResourceStatus;
import net.safeskill.lms.catalogue.domain.model.upload.InspectedUpload;
import net.safeskill.lms.catalogue.domain.model.upload.UploadInspector;
import net.safeskill.lms.catalogue.domain.model.upload.UploadKind;
import net.safeskill.lms.catalogue.domain.model.upload.UploadLimits;
import net.safeskill.lms.catalogue.infrastructure.storage.MediaStore;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * The shared library (安全生产数字资源库, B4). Institution admins upload resources for their institution, the system
 * admin for the platform; every upload is inspected like a lesson file (type from the bytes, size limits) and only
 * PDF and MP4 are accepted. Owners publish and retire; everybody signed in opens published resources, owners also
 * their drafts. Another owner's draft answers "not found".
 */
@Stateless
@RolesAllowed({Roles.INSTITUTION_ADMIN, Roles.SYSTEM_ADMIN})
public class LibraryService {

    private static final UploadInspector INSPECTOR = new UploadInspector(UploadLimits.defaults());

    @Inject
    private LibraryRepository library;

    @Inject
    private MediaStore store;

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    /** The caller's own resources (their institution's, or the platform's for the system admin), newest first. */
    public List<LibraryViews.ResourceView> mine() {
        return library.resourcesOf(owner()).stream().map(r -> LibraryViews.ResourceView.of(r, true)).toList();
    }

    /**
     * Uploads a resource as a draft. The file is inspected first; nothing is kept when it is refused.
     *
     * @param details with {@code studyMinutes} 0 a video's own length (rounded up) is used
     */
    public String upload(ResourceDetails details, Path upload, String fileName, String contentType) {
        UploadKind kind = looksLikeVideo(fileName, contentType) ? UploadKind.VIDEO : UploadKind.DOCUMENT;
        InspectedUpload inspected = INSPECTOR.inspect(kind, fileName, contentType, upload);
        ResourceDetails checked = details;
        if (details != null && details.studyMinutes() == 0 && inspected.durationMillis().isPresent()) {
            int minutes = (int) Math.max(1, (inspected.durationMillis().getAsLong() + 59_999) / 60_000);
            checked = new ResourceDetails(details.kind(), details.title(), details.summary(), details.industry(),
                    details.source(), details.year(), minutes);
        }
        LibraryResource.check(checked, Instant.now()); // refused details: the file never enters the store
        String key = store.keep(upload);
        LibraryResource resource = new LibraryResource(owner(), checked, new LessonMedia(key, inspected.mediaType(),
                inspected.sizeBytes(), UploadInspector.safeFileName(fileName), null, null), Instant.now(), actor());
        library.store(resource);
        audit.record(actor(), AuditAction.LIBRARY_UPLOADED, "LibraryResource", resource.publicId(), resource.title());
        return resource.publicId();
    }

    public void publish(String publicId) {
        LibraryResource resource = own(publicId);
        resource.publish(Instant.now());
        audit.record(actor(), AuditAction.LIBRARY_PUBLISHED, "LibraryResource", publicId, resource.title());
    }

    /** Retires a published resource: the owner may, and the system admin may retire any (platform moderation). */
    public void retire(String publicId) {
        LibraryResource resource = caller.current().hasRole(Role.SYSTEM_ADMIN) ? find(publicId) : own(publicId);
        if (resource.status() != ResourceStatus.PUBLISHED && !resource.isOwnedBy(owner())) {
            throw new DomainException("library.notFound");
        }
        resource.retire(Instant.now());
        audit.record(actor(), AuditAction.LIBRARY_RETIRED, "LibraryResource", publicId, resource.title());
    }

    /** A resource for any signed-in user: published ones, and the caller's own in any state. */
    @RolesAllowed({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
            Roles.REGULATOR, Roles.SYSTEM_ADMIN})
    public LibraryViews.ResourceView resource(String publicId) {
        LibraryResource r = visible(publicId);
        return LibraryViews.ResourceView.of(r, isMine(r));
    }

    /** The file of a resource the caller may open (see {@link #resource}), for streaming. */
    @RolesAllowed({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
            Roles.REGULATOR, Roles.SYSTEM_ADMIN})
    public LibraryViews.MediaFile file(String publicId) {
        LibraryResource r = visible(publicId);
        Path path = store.file(r.storageKey()).orElseThrow(() -> new DomainException("library.notFound"));
        return new LibraryViews.MediaFile(path, r.mediaType(), r.sizeBytes(), r.originalName());
    }

    private LibraryResource visible(String publicId) {
        LibraryResource r = find(publicId);
        if (r.status() == ResourceStatus.PUBLISHED || isMine(r)) {
            return r;
        }
        throw new DomainException("library.notFound");
    }

    private boolean isMine(LibraryResource r) {
        Account account = caller.current();
        if (account.hasRole(Role.INSTITUTION_ADMIN) && account.organisation() != null) {
            return r.isOwnedBy(account.organisation().id());
        }
        return account.hasRole(Role.SYSTEM_ADMIN) && r.isOwnedBy(null);
    }

    private LibraryResource own(String publicId) {
        LibraryResource r = find(publicId);
        if (!isMine(r)) {
            throw new DomainException("library.notFound");
        }
        return r;
    }

    private LibraryResource find(String publicId) {
        return library.resource(publicId == null ? "" : publicId)
                .orElseThrow(() -> new DomainException("library.notFound"));
    }

    /** The institution the caller uploads for; {@code null} (the platform) for the system admin. */
    private Long owner() {
        Account account = caller.current();
        if (account.hasRole(Role.INSTITUTION_ADMIN)) {
            return caller.currentOrganisation().id();
        }
        return null;
    }

    private static boolean looksLikeVideo(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT).strip();
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".mp4") || name.endsWith(".m4v") || type.startsWith("video/");
    }

    private String actor() {
        return caller.current().username();
    }
}
