/**
 * Application services of the identity context (thin {@code @Stateless} beans, one use case each): registration,
 * authentication with throttling, profile, organisations and staff, employees. Roles are enforced here with
 * {@code @RolesAllowed}, and organisation scoping comes from the caller's own account.
 */
package net.safeskill.lms.identity.application;
