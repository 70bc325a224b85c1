/**
 * User account (用户账号) rules of the identity context, such as the
 * {@link net.safeskill.lms.identity.domain.model.account.PasswordPolicy} (密码策略).
 */
package net.safeskill.lms.identity.domain.model.account;
