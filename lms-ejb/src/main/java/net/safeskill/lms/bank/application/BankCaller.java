package net.safeskill.lms.bank.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Account;

/**
 * The admitted caller of a bank service (see {@link BankAccessGuard}): whose bank it is (their exam authority) and
 * the audit entries written in their name. A CDI helper of the bank services (not an EJB of its
 * own, so that no other code can call it to write bank audit entries); it keeps no state between calls.
 */
@Dependent
class BankCaller {

    /** The audit trail's object type for questions. */
    static final String QUESTION = "Question";

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    /** @return the id of the exam authority whose bank the caller works on */
    long owner() {
        return caller.currentOrganisation().id();
    }

    String username() {
        return account().username();
    }

    private Account account() {
        return caller.current();
    }

    /** Records a read of the bank: which question, or which filter and the questions it listed. */
    void read(String questionIdOrNull, String detail) {
        audit.record(username(), AuditAction.BANK_READ, QUESTION, questionIdOrNull, detail);
    }

    void changed(String objectType, String objectId, String detail) {
        audit.record(username(), AuditAction.BANK_CHANGED, objectType, objectId, detail);
    }
}
