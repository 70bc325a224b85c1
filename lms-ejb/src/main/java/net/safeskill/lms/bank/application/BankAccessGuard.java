package net.safeskill.lms.bank.application;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;

/**
 * Separation of teaching and examining (教考分离, E4) for every bank service, as an interceptor on the service class.
 *
 * <p><b>Why an interceptor and not {@code @RolesAllowed(EXAM_ADMIN)} alone:</b> a container refusal happens before any
 * application code runs, so nobody could audit it. The bank services therefore let every <em>signed-in</em> role
 * through {@code @RolesAllowed} (anonymous callers are still refused by the container), and this guard, which runs
 * before each business method, admits only an account with the role {@code EXAM_ADMIN} whose organisation is an
 * {@link OrganisationType#EXAM_AUTHORITY exam authority}. Anybody else — a training institution's staff, a learner,
 * a regulator (who reads the audit trail, not the bank), the system administrator — gets a
 * {@link BankAccessDeniedException}, an {@link EJBAccessException} (HTTP 403 at the web tier), and the attempt is
 * recorded as {@link AuditAction#BANK_DENIED} in a transaction of its own, so the record stays although the call
 * rolls back.
 */
public class BankAccessGuard {

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    @AroundInvoke
    public Object admitExamAuthority(InvocationContext ctx) throws Exception {
        Account account = caller.current();
        Organisation org = account.organisation();
        if (!account.hasRole(Role.EXAM_ADMIN) || org == null || org.type() != OrganisationType.EXAM_AUTHORITY) {
            String operation = ctx.getMethod().getDeclaringClass().getSimpleName() + "." + ctx.getMethod().getName();
            audit.recordIndependently(account.username(), AuditAction.BANK_DENIED, "QuestionBank", operation,
                    "roles=" + account.roles() + (org == null ? "" : " organisation=" + org.type() + " " + org.name()));
            throw new BankAccessDeniedException("The question bank is for exam authorities' exam administrators only");
        }
        return ctx.proceed();
    }
}
