/**
 * Shared kernel values that several bounded contexts speak: {@link net.safeskill.lms.shared.domain.model.Industry}
 * (高危行业), {@link net.safeskill.lms.shared.domain.model.PostCategory} (岗位类别) and
 * {@link net.safeskill.lms.shared.domain.model.TrainingType} (培训类型). Plain enums, no persistence.
 */
package net.safeskill.lms.shared.domain.model;
