package net.safeskill.lms.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as the demo user {@code examadmin} (苏州市安全生产考试中心) with role {@code EXAM_ADMIN}. */
@Stateless
@RunAs("EXAM_ADMIN")
@RunAsPrincipal("examadmin")
@PermitAll
public class AsExamAdmin extends RunAsCaller {
}
