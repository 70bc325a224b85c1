package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Runs test code as {@code examreviewer} with role {@code EXAM_ADMIN}: a second exam admin of the demo exam authority,
 * created by {@code QuestionBankIT} (a question is reviewed by somebody other than its author).
 */
@Stateless
@RunAs("EXAM_ADMIN")
@RunAsPrincipal("examreviewer")
@PermitAll
public class AsExamReviewer extends RunAsCaller {
}
