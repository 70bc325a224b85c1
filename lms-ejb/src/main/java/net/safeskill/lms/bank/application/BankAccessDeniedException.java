package net.safeskill.lms.bank.application;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBAccessException;

/**
 * The refusal of {@link BankAccessGuard} (教考分离). It is an {@link EJBAccessException}, so the web tier answers it
 * like any other refusal (HTTP 403), and an application exception, so that it reaches the caller as itself even when
 * the caller's own transaction was active (a system exception would arrive wrapped in
 * {@code EJBTransactionRolledbackException}). The caller's transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class BankAccessDeniedException extends EJBAccessException {

    private static final long serialVersionUID = 1L;

    public BankAccessDeniedException(String message) {
        super(message);
    }
}
