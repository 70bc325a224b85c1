package net.safeskill.lms.web.requirements;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.application.ProgressViews;
import net.safeskill.lms.study.application.RequirementAdminService;
import net.safeskill.lms.study.domain.model.requirement.Situation;
import net.safeskill.lms.web.support.Messages;

/**
 * Region study rules and training requirements (C3, C4) for the regulator (own region) and the system admin (any
 * region): the study profile form, the list of requirements, and one form to add or change a requirement.
 */
@Named
@ViewScoped
public class RequirementsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Messages.FieldMap PROFILE_FIELDS = Messages.FieldMap.of("studyRules.dailyCap",
            "profile:dailyCap", "studyRules.beatCredit", "profile:beat", "studyRules.playbackRate", "profile:rate",
            "studyRules.seekTolerance", "profile:seek", "studyRules.presenceInterval", "profile:presenceMin",
            "studyRules.presenceAnswerTime", "profile:answer", "studyRules.presenceTries", "profile:tries",
            "studyRules.creditHour", "profile:creditHour");
    private static final Messages.FieldMap REQUIREMENT_FIELDS = Messages.FieldMap.of("requirement.code",
            "req:code", "requirement.name", "req:name", "requirement.situation", "req:situation",
            "requirement.types", "req:types", "requirement.hours", "req:hours", "requirement.onlineWeight",
            "req:weight", "requirement.onlineCap", "req:cap", "requirement.window", "req:window",
            "requirement.validity", "req:validity", "requirement.basis", "req:basis");

    @Inject
    private RequirementAdminService service;

    private List<String> regions;
    private String region;
    private ProgressViews.ProfileView profile;
    private List<ProgressViews.RequirementView> requirements;

    // the study profile form
    private BigDecimal dailyCapHours;
    private Integer maxCreditPerBeat;
    private BigDecimal maxPlaybackRate;
    private Integer seekTolerance;
    private Integer presenceMin;
    private Integer presenceMax;
    private Integer presenceAnswer;
    private Integer presenceTries;
    private Integer creditHourMinutes;

    // the requirement form: editing == null adds a new one
    private String editing;
    private String code;
    private String name;
    private String situation;
    private List<String> countedTypes = new ArrayList<>();
    private List<String> postCategories = new ArrayList<>();
    private BigDecimal requiredHours;
    private BigDecimal onlineWeight = BigDecimal.ONE;
    private BigDecimal onlineCapPercent = new BigDecimal("50");
    private Integer windowMonths = 12;
    private Integer validityMonths;
    private String basis;

    @PostConstruct
    void init() {
        regions = service.regions();
        region = regions.get(0);
        load();
    }

    /** Shows the chosen region's profile and requirements. */
    public void load() {
        profile = service.profile(region);
        dailyCapHours = profile.dailyCapHours();
        maxCreditPerBeat = profile.maxCreditPerBeatSeconds();
        maxPlaybackRate = profile.maxPlaybackRate();
        seekTolerance = profile.seekToleranceSeconds();
        presenceMin = profile.presenceMinMinutes();
        presenceMax = profile.presenceMaxMinutes();
        presenceAnswer = profile.presenceAnswerSeconds();
        presenceTries = profile.presenceTries();
        creditHourMinutes = profile.creditHourMinutes();
        requirements = service.requirements(region);
        newRequirement();
    }

    public void saveProfile() {
        try {
            service.changeProfile(region, new ProgressViews.ProfileView(region, true, value(maxCreditPerBeat),
                    maxPlaybackRate, value(seekTolerance), value(presenceMin), value(presenceMax),
                    value(presenceAnswer), value(presenceTries), dailyCapHours, value(creditHourMinutes)));
            Messages.info("studyProfile.saved", Messages.text("region." + region));
            profile = service.profile(region);
        } catch (DomainException e) {
            Messages.error(e, PROFILE_FIELDS);
        }
    }

    public void newRequirement() {
        editing = null;
        code = null;
        name = null;
        situation = null;
        countedTypes = new ArrayList<>();
        postCategories = new ArrayList<>();
        requiredHours = null;
        onlineWeight = BigDecimal.ONE;
        onlineCapPercent = new BigDecimal("50");
        windowMonths = 12;
        validityMonths = null;
        basis = null;
    }

    public void edit(ProgressViews.RequirementView r) {
        editing = r.id();
        code = r.code();
        name = r.name();
        situation = r.situation();
        countedTypes = new ArrayList<>(r.countedTypes());
        postCategories = new ArrayList<>(r.postCategories());
        requiredHours = r.requiredHours();
        onlineWeight = r.onlineWeight();
        onlineCapPercent = r.onlineCapPercent();
        windowMonths = r.windowMonths();
        validityMonths = r.validityMonths();
        basis = r.basis();
    }

    public void saveRequirement() {
        ProgressViews.RequirementCommand cmd = new ProgressViews.RequirementCommand(code, name, situation,
                new LinkedHashSet<>(countedTypes), new LinkedHashSet<>(postCategories), requiredHours, onlineWeight,
                onlineCapPercent, windowMonths, validityMonths, basis);
        try {
            if (editing == null) {
                service.create(region, cmd);
                Messages.info("requirement.created", name);
            } else {
                service.change(editing, cmd);
                Messages.info("requirement.saved", name);
            }
            requirements = service.requirements(region);
            newRequirement();
        } catch (DomainException e) {
            Messages.error(e, REQUIREMENT_FIELDS);
        }
    }

    public void toggleActive(ProgressViews.RequirementView r) {
        try {
            service.setActive(r.id(), !r.active());
            Messages.info(r.active() ? "requirement.deactivated" : "requirement.activated", r.name());
            requirements = service.requirements(region);
        } catch (DomainException e) {
            Messages.error(e, null);
        }
    }

    private static int value(Integer i) {
        return i == null ? 0 : i;
    }

    public TrainingType[] getTrainingTypes() {
        return TrainingType.values();
    }

    public PostCategory[] getPostCategoryValues() {
        return PostCategory.values();
    }

    public Situation[] getSituations() {
        return Situation.values();
    }

    public List<String> getRegions() {
        return regions;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public ProgressViews.ProfileView getProfile() {
        return profile;
    }

    public List<ProgressViews.RequirementView> getRequirements() {
        return requirements;
    }

    public BigDecimal getDailyCapHours() {
        return dailyCapHours;
    }

    public void setDailyCapHours(BigDecimal dailyCapHours) {
        this.dailyCapHours = dailyCapHours;
    }

    public Integer getMaxCreditPerBeat() {
        return maxCreditPerBeat;
    }

    public void setMaxCreditPerBeat(Integer maxCreditPerBeat) {
        this.maxCreditPerBeat = maxCreditPerBeat;
    }

    public BigDecimal getMaxPlaybackRate() {
        return maxPlaybackRate;
    }

    public void setMaxPlaybackRate(BigDecimal maxPlaybackRate) {
        this.maxPlaybackRate = maxPlaybackRate;
    }

    public Integer getSeekTolerance() {
        return seekTolerance;
    }

    public void setSeekTolerance(Integer seekTolerance) {
        this.seekTolerance = seekTolerance;
    }

    public Integer getPresenceMin() {
        return presenceMin;
    }

    public void setPresenceMin(Integer presenceMin) {
        this.presenceMin = presenceMin;
    }

    public Integer getPresenceMax() {
        return presenceMax;
    }

    public void setPresenceMax(Integer presenceMax) {
        this.presenceMax = presenceMax;
    }

    public Integer getPresenceAnswer() {
        return presenceAnswer;
    }

    public void setPresenceAnswer(Integer presenceAnswer) {
        this.presenceAnswer = presenceAnswer;
    }

    public Integer getPresenceTries() {
        return presenceTries;
    }

    public void setPresenceTries(Integer presenceTries) {
        this.presenceTries = presenceTries;
    }

    public Integer getCreditHourMinutes() {
        return creditHourMinutes;
    }

    public void setCreditHourMinutes(Integer creditHourMinutes) {
        this.creditHourMinutes = creditHourMinutes;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public List<String> getCountedTypes() {
        return countedTypes;
    }

    public void setCountedTypes(List<String> countedTypes) {
        this.countedTypes = countedTypes;
    }

    public List<String> getPostCategories() {
        return postCategories;
    }

    public void setPostCategories(List<String> postCategories) {
        this.postCategories = postCategories;
    }

    public BigDecimal getRequiredHours() {
        return requiredHours;
    }

    public void setRequiredHours(BigDecimal requiredHours) {
        this.requiredHours = requiredHours;
    }

    public BigDecimal getOnlineWeight() {
        return onlineWeight;
    }

    public void setOnlineWeight(BigDecimal onlineWeight) {
        this.onlineWeight = onlineWeight;
    }

    public BigDecimal getOnlineCapPercent() {
        return onlineCapPercent;
    }

    public void setOnlineCapPercent(BigDecimal onlineCapPercent) {
        this.onlineCapPercent = onlineCapPercent;
    }

    public Integer getWindowMonths() {
        return windowMonths;
    }

    public void setWindowMonths(Integer windowMonths) {
        this.windowMonths = windowMonths;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public void setValidityMonths(Integer validityMonths) {
        this.validityMonths = validityMonths;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }
}
