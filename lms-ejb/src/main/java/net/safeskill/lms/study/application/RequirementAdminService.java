package net.safeskill.lms.study.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.identity.domain.model.organisation.Region;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Enums;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.requirement.OnlineCreditRule;
import net.safeskill.lms.study.domain.model.requirement.RequirementTerms;
import net.safeskill.lms.study.domain.model.requirement.Situation;
import net.safeskill.lms.study.domain.model.requirement.TrainingRequirement;
import net.safeskill.lms.study.domain.model.session.StudyRules;

/**
 * Configuring a region's study rules and training requirements (C3, C4; rules are data): the daily cap of creditable
 * online time and the other heartbeat rules, and requirements with their hours, online weight and cap. A regulator
 * configures their own region only; the system admin any region. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.REGULATOR, Roles.SYSTEM_ADMIN})
public class RequirementAdminService {

    @Resource
    private SessionContext context;

    @Inject
    private StudyRepository repository;

    @Inject
    private StudyRulesSource rulesSource;

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    /** The regions the caller may configure: every region for the system admin, their own for a regulator. */
    public List<String> regions() {
        if (context.isCallerInRole(Roles.SYSTEM_ADMIN)) {
            return Arrays.stream(Region.values()).map(Enum::name).toList();
        }
        return List.of(caller.currentOrganisation().region().name());
    }

    public ProgressViews.ProfileView profile(String region) {
        String r = editable(region);
        StudyRules rules = rulesSource.rulesFor(r);
        return new ProgressViews.ProfileView(r, repository.profile(r).isPresent(),
                (int) rules.maxCreditPerBeat().toSeconds(), BigDecimal.valueOf(rules.maxPlaybackRate()),
                (int) rules.seekTolerance().toSeconds(), (int) rules.presenceMin().toMinutes(),
                (int) rules.presenceMax().toMinutes(), (int) rules.presenceAnswerTime().toSeconds(),
                rules.presenceTries(),
                plain(BigDecimal.valueOf(rules.dailyOnlineCap().toMinutes()).divide(BigDecimal.valueOf(60), 2,
                        RoundingMode.DOWN)),
                (int) rules.creditHour().toMinutes());
    }

    /** Stores the region's study rules; the next study session of that region follows them. */
    public void changeProfile(String region, ProgressViews.ProfileView values) {
        String r = editable(region);
        if (values.maxPlaybackRate() == null) {
            throw new DomainException("studyRules.playbackRate", "0.5", "2.0");
        }
        if (values.dailyCapHours() == null) {
            throw new DomainException("studyRules.dailyCap", "0.5", 24);
        }
        StudyRules rules = new StudyRules(Duration.ofSeconds(values.maxCreditPerBeatSeconds()),
                values.maxPlaybackRate().doubleValue(), Duration.ofSeconds(values.seekToleranceSeconds()),
                Duration.ofMinutes(values.presenceMinMinutes()), Duration.ofMinutes(values.presenceMaxMinutes()),
                Duration.ofSeconds(values.presenceAnswerSeconds()), values.presenceTries(),
                Duration.ofMinutes(values.dailyCapHours().multiply(BigDecimal.valueOf(60))
                        .setScale(0, RoundingMode.HALF_UP).longValueExact()),
                Duration.ofMinutes(values.creditHourMinutes()));
        String by = caller.current().username();
        rulesSource.change(r, rules, by);
        audit.record(by, AuditAction.STUDY_RULES_CHANGED, "StudyProfile", r, rules.toString());
    }

    public List<ProgressViews.RequirementView> requirements(String region) {
        return repository.requirements(editable(region)).stream().map(RequirementAdminService::view).toList();
    }

    public String create(String region, ProgressViews.RequirementCommand cmd) {
        String r = editable(region);
        String code = cmd.code() == null ? "" : cmd.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (repository.requirements(r).stream().anyMatch(x -> x.code().equals(code))) {
            throw new DomainException("requirement.codeTaken");
        }
        String by = caller.current().username();
        TrainingRequirement requirement = new TrainingRequirement(r, code, terms(cmd), Instant.now(), by);
        repository.store(requirement);
        audit.record(by, AuditAction.REQUIREMENT_CHANGED, "TrainingRequirement", requirement.publicId(),
                "created " + describe(requirement));
        return requirement.publicId();
    }

    public void change(String requirementId, ProgressViews.RequirementCommand cmd) {
        TrainingRequirement requirement = own(requirementId);
        String by = caller.current().username();
        requirement.change(terms(cmd), Instant.now(), by);
        audit.record(by, AuditAction.REQUIREMENT_CHANGED, "TrainingRequirement", requirement.publicId(),
                "changed " + describe(requirement));
    }

    /** Puts a requirement out of force (no new obligations) or back in force. */
    public void setActive(String requirementId, boolean active) {
        TrainingRequirement requirement = own(requirementId);
        String by = caller.current().username();
        if (active) {
            requirement.activate(Instant.now(), by);
        } else {
            requirement.deactivate(Instant.now(), by);
        }
        audit.record(by, AuditAction.REQUIREMENT_CHANGED, "TrainingRequirement", requirement.publicId(),
                (active ? "activated " : "deactivated ") + requirement.code());
    }

    static RequirementTerms terms(ProgressViews.RequirementCommand cmd) {
        Situation situation = Enums.parse(Situation.class, cmd.situation(), "requirement.situation");
        Set<TrainingType> types = Enums.parseAll(TrainingType.class, cmd.countedTypes(), "requirement.types");
        Set<PostCategory> posts = Enums.parseAll(PostCategory.class, cmd.postCategories(), "requirement.posts");
        if (cmd.onlineWeight() == null) {
            throw new DomainException("requirement.onlineWeight");
        }
        if (cmd.onlineCapPercent() == null) {
            throw new DomainException("requirement.onlineCap");
        }
        if (cmd.windowMonths() == null) {
            throw new DomainException("requirement.window", 1, 60);
        }
        OnlineCreditRule online = new OnlineCreditRule(cmd.onlineWeight(), cmd.onlineCapPercent().movePointLeft(2));
        return new RequirementTerms(cmd.name(), situation, types, posts, cmd.requiredHours(), online,
                cmd.windowMonths(), cmd.validityMonths(), cmd.basis());
    }

    static ProgressViews.RequirementView view(TrainingRequirement r) {
        return new ProgressViews.RequirementView(r.publicId(), r.region(), r.code(), r.name(), r.situation().name(),
                r.countedTypes().stream().map(Enum::name).toList(),
                r.postCategories().stream().map(Enum::name).toList(), r.requiredHours(), r.onlineRule().weight(),
                plain(r.onlineRule().capShare().movePointRight(2)), r.windowMonths(),
                r.validityMonths(), r.basis(), r.active(), r.updatedAt(), r.updatedBy());
    }

    /** @return the number without trailing zeros, never in exponent notation (40, not 4E+1) */
    static BigDecimal plain(BigDecimal b) {
        BigDecimal stripped = b.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String describe(TrainingRequirement r) {
        return r.code() + " " + r.requiredHours() + "h " + r.situation() + " types=" + r.countedTypes() + " posts="
                + r.postCategories() + " online x" + r.onlineRule().weight().toPlainString() + " cap "
                + r.onlineRule().capShare().toPlainString() + " window " + r.windowMonths() + "m";
    }

    /** @return the region's name, if the caller may configure it */
    private String editable(String region) {
        Region r = Enums.parse(Region.class, region, "requirement.region");
        if (!regions().contains(r.name())) {
            throw new DomainException("requirement.regionNotYours");
        }
        return r.name();
    }

    private TrainingRequirement own(String requirementId) {
        List<String> mine = regions();
        return repository.requirement(requirementId == null ? "" : requirementId)
                .filter(r -> mine.contains(r.region()))
                .orElseThrow(() -> new DomainException("requirement.notFound"));
    }
}
