package net.safeskill.lms.catalogue.domain.model.library;

import net.safeskill.lms.shared.domain.model.Industry;

/**
 * What an uploader says about a library resource; checked by {@link LibraryResource} when applied.
 *
 * @param studyMinutes how long studying it takes (建议学习时长), the length a lesson made from it gets
 */
public record ResourceDetails(ResourceKind kind, String title, String summary, Industry industry, String source,
                              int year, int studyMinutes) {
}
