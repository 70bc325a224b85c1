package net.safeskill.lms.catalogue.domain.model.course;

import java.math.BigDecimal;
import java.util.Set;

import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;

/** What an institution says about a course: checked by {@link Course} when applied. */
public record CourseDetails(String title, String description, Industry industry, TrainingType trainingType,
                            Set<PostCategory> targetPosts, BigDecimal creditHours, String teachers) {
}
