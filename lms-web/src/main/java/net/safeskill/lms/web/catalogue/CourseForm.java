package net.safeskill.lms.web.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.catalogue.domain.model.course.CourseDetails;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;

/** The fields of the course form, and their conversion to {@link CourseDetails} (the domain checks the values). */
public class CourseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String industry = Industry.GENERAL.name();
    private String trainingType = TrainingType.ANNUAL_REFRESHER.name();
    private List<String> targetPosts = new ArrayList<>();
    private BigDecimal creditHours;
    private String teachers;

    static CourseForm of(CourseViews.CourseView c) {
        CourseForm f = new CourseForm();
        f.title = c.title();
        f.description = c.description();
        f.industry = c.industry();
        f.trainingType = c.trainingType();
        f.targetPosts = new ArrayList<>(c.targetPosts());
        f.creditHours = c.creditHours();
        f.teachers = c.teachers();
        return f;
    }

    CourseDetails toDetails() {
        EnumSet<PostCategory> posts = EnumSet.noneOf(PostCategory.class);
        targetPosts.forEach(p -> posts.add(PostCategory.valueOf(p)));
        return new CourseDetails(title, description, industry == null ? null : Industry.valueOf(industry),
                trainingType == null ? null : TrainingType.valueOf(trainingType), posts, creditHours, teachers);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getTrainingType() {
        return trainingType;
    }

    public void setTrainingType(String trainingType) {
        this.trainingType = trainingType;
    }

    public List<String> getTargetPosts() {
        return targetPosts;
    }

    public void setTargetPosts(List<String> targetPosts) {
        this.targetPosts = targetPosts == null ? new ArrayList<>() : new ArrayList<>(targetPosts);
    }

    public BigDecimal getCreditHours() {
        return creditHours;
    }

    public void setCreditHours(BigDecimal creditHours) {
        this.creditHours = creditHours;
    }

    public String getTeachers() {
        return teachers;
    }

    public void setTeachers(String teachers) {
        this.teachers = teachers;
    }

    public Industry[] getIndustries() {
        return Industry.values();
    }

    public TrainingType[] getTrainingTypes() {
        return TrainingType.values();
    }

    public PostCategory[] getPostCategories() {
        return PostCategory.values();
    }
}
