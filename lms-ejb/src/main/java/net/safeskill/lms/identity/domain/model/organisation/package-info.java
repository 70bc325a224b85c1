/**
 * Organisation (单位/企业) value objects of the identity context, such as the
 * {@link net.safeskill.lms.identity.domain.model.organisation.UnifiedSocialCreditCode}
 * (统一社会信用代码, GB 32100-2015).
 */
package net.safeskill.lms.identity.domain.model.organisation;
