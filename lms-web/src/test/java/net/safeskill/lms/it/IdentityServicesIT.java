package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.identity.application.AuthenticationResult;
import net.safeskill.lms.identity.application.AuthenticationService;
import net.safeskill.lms.identity.application.Commands;
import net.safeskill.lms.identity.application.EmployeeService;
import net.safeskill.lms.identity.application.IdentityAdminService;
import net.safeskill.lms.identity.application.ProfileService;
import net.safeskill.lms.identity.application.RegistrationService;
import net.safeskill.lms.identity.application.Views;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;
import net.safeskill.lms.it.support.AsEnterprise;
import net.safeskill.lms.it.support.AsInstitution;
import net.safeskill.lms.it.support.AsOtherEnterprise;
import net.safeskill.lms.it.support.AsSysadmin;
import net.safeskill.lms.it.support.AsWorker;
import net.safeskill.lms.it.support.TestPeople;
import net.safeskill.lms.shared.application.RequestOrigin;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Registration, login with throttling and audit, role enforcement in the services and organisation scoping — on
 * the provisioned WildFly, against H2 and (second failsafe execution) PostgreSQL, with the demo data loaded.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class IdentityServicesIT {

    private static final String DEMO_PASSWORD = "Safe@2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.platformWithTests(IdentityServicesIT.class);
    }

    @Inject RegistrationService registration;
    @Inject AuthenticationService authentication;
    @Inject IdentityAdminService admin;
    @Inject EmployeeService employees;
    @Inject ProfileService profiles;
    @Inject AuditLog audit;
    @Inject RequestOrigin origin;
    @Inject AsWorker asWorker;
    @Inject AsEnterprise asEnterprise;
    @Inject AsOtherEnterprise asOtherEnterprise;
    @Inject AsInstitution asInstitution;
    @Inject AsSysadmin asSysadmin;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    private long auditCount(AuditAction action, String actor) {
        return em.createQuery("select count(a) from AuditEntry a where a.action = :a and a.actor = :u", Long.class)
                .setParameter("a", action).setParameter("u", actor).getSingleResult();
    }

    @Test
    void registersAWorkerWithALifelongAccountAndAuditsIt() throws Exception {
        String id = TestPeople.residentId();
        String username = registration.registerWorker("  欧阳  娜娜 ", id.toLowerCase(), "+86 " + TestPeople.mobile(),
                "Anquan2026ok");
        assertEquals(id.toLowerCase(), username);
        assertEquals(1, auditCount(AuditAction.REGISTERED, username));
        AuthenticationResult login = authentication.authenticate(id, "Anquan2026ok");
        assertTrue(login.succeeded());
        assertEquals(java.util.Set.of("LEARNER"), login.roles());
    }

    @Test
    void refusesDuplicatesAndBadInputWithoutSavingAnything() {
        String id = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        registration.registerWorker("王小明", id, mobile, "Anquan2026ok");
        long people = count("Person");
        long accounts = count("Account");

        assertEquals("residentId.taken", assertThrows(DomainException.class,
                () -> registration.registerWorker("王小明", id, TestPeople.mobile(), "Anquan2026ok")).code());
        assertEquals("mobile.taken", assertThrows(DomainException.class,
                () -> registration.registerWorker("李四", TestPeople.residentId(), mobile, "Anquan2026ok")).code());
        String wrongCheckDigit = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        assertEquals("residentId.checkDigit", assertThrows(DomainException.class,
                () -> registration.registerWorker("李四", wrongCheckDigit, TestPeople.mobile(), "Anquan2026ok"))
                .code());
        assertEquals("residentId.legacy15", assertThrows(DomainException.class,
                () -> registration.registerWorker("李四", "320582900101123", TestPeople.mobile(), "Anquan2026ok"))
                .code());
        assertEquals("password.common", assertThrows(DomainException.class,
                () -> registration.registerWorker("李四", TestPeople.residentId(), TestPeople.mobile(), "abcd1234"))
                .code());
        assertEquals(people, count("Person"));
        assertEquals(accounts, count("Account"));
    }

    @Test
    void loginSucceedsWithUsernameIdOrMobileAndEveryAttemptIsAudited() {
        origin.remoteAddress("198.51.100.20");
        String id = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        String username = registration.registerWorker("赵六", id, mobile, "Anquan2026ok");
        assertTrue(authentication.authenticate(mobile, "Anquan2026ok").succeeded());
        assertTrue(authentication.authenticate(username, "Anquan2026ok").succeeded());
        AuthenticationResult wrong = authentication.authenticate(id, "Wrong2026pass");
        assertEquals(AuthenticationResult.Outcome.INVALID_CREDENTIALS, wrong.outcome());
        assertNull(wrong.username());
        assertEquals(2, auditCount(AuditAction.LOGIN_SUCCESS, username));
        assertEquals(1, auditCount(AuditAction.LOGIN_FAILURE, username));
        String address = em.createQuery("select a.remoteAddress from AuditEntry a where a.actor = :u and "
                + "a.action = :a", String.class).setParameter("u", username)
                .setParameter("a", AuditAction.LOGIN_FAILURE).getSingleResult();
        assertEquals("198.51.100.20", address);
    }

    @Test
    void throttlesAnAccountAfterFiveFailuresEvenWithTheRightPassword() {
        origin.remoteAddress("198.51.100.21");
        String id = TestPeople.residentId();
        registration.registerWorker("钱七", id, TestPeople.mobile(), "Anquan2026ok");
        for (int i = 0; i < 5; i++) {
            assertEquals(AuthenticationResult.Outcome.INVALID_CREDENTIALS,
                    authentication.authenticate(id, "Wrong2026pass" + i).outcome());
        }
        assertEquals(AuthenticationResult.Outcome.THROTTLED, authentication.authenticate(id, "Anquan2026ok").outcome());
    }

    @Test
    void throttlesAnAddressThatTriesManyAccounts() {
        String previous = System.getProperty("lms.login.maxFailuresPerAddress");
        System.setProperty("lms.login.maxFailuresPerAddress", "4");
        try {
            origin.remoteAddress("203.0.113.66");
            for (int i = 0; i < 4; i++) {
                authentication.authenticate("nobody" + i, "Whatever2026");
            }
            assertEquals(AuthenticationResult.Outcome.THROTTLED,
                    authentication.authenticate("worker", DEMO_PASSWORD).outcome());
            origin.remoteAddress("203.0.113.67");
            assertTrue(authentication.authenticate("worker", DEMO_PASSWORD).succeeded());
        } finally {
            if (previous == null) {
                System.clearProperty("lms.login.maxFailuresPerAddress");
            } else {
                System.setProperty("lms.login.maxFailuresPerAddress", previous);
            }
        }
    }

    @Test
    void servicesRefuseCallersWithoutTheRole() throws Exception {
        // the run-as helpers themselves work: the refusals below come from the services' own role checks
        assertEquals("worker", asWorker.call(() -> profiles.myProfile()).username());
        assertEquals("institution", asInstitution.call(() -> profiles.myProfile()).username());
        assertFalse(asEnterprise.call(() -> employees.employees(true)).isEmpty());
        Commands.NewOrganisation org = new Commands.NewOrganisation("未授权公司", "ENTERPRISE", null, "SUZHOU",
                "CHEMICALS", null, null);
        assertThrows(EJBAccessException.class, () -> admin.createOrganisation(org), "anonymous");
        assertThrows(EJBAccessException.class, () -> asWorker.call(() -> admin.createOrganisation(org)));
        assertThrows(EJBAccessException.class, () -> asWorker.call(() -> employees.employees(true)));
        assertThrows(EJBAccessException.class, () -> asWorker.call(() -> audit.search(null, null, null, null, 10)));
        assertThrows(EJBAccessException.class, () -> asInstitution.call(() -> admin.accounts(null)));
        assertThrows(EJBAccessException.class, () -> asEnterprise.call(() -> admin.organisations(null)));
    }

    @Test
    void systemAdminCreatesOrganisationsAndTheirAdministrators() throws Exception {
        String name = "测试化工有限公司" + System.nanoTime();
        Views.OrganisationView org = asSysadmin.call(() -> admin.createOrganisation(new Commands.NewOrganisation(
                name, "ENTERPRISE", TestPeople.creditCode(), "YIYANG", "CHEMICALS", null, null)));
        assertEquals("ENTERPRISE", org.type());
        assertEquals("creditCode.empty", assertThrows(DomainException.class, () -> asSysadmin.call(() ->
                admin.createOrganisation(new Commands.NewOrganisation(name + "B", "TRAINING_INSTITUTION", null,
                        "SUZHOU", null, null, null)))).code());
        assertEquals("role.wrongOrganisationType", assertThrows(DomainException.class, () -> asSysadmin.call(() ->
                admin.createStaffAccount(new Commands.NewStaffAccount(org.publicId(), "PROCTOR", "孙八",
                        TestPeople.residentId(), TestPeople.mobile(), null)))).code());

        Commands.AccountCreated created = asSysadmin.call(() -> admin.createStaffAccount(new Commands.NewStaffAccount(
                org.publicId(), "ENTERPRISE_ADMIN", "孙八", TestPeople.residentId(), TestPeople.mobile(),
                "sunba" + (System.nanoTime() % 100000))));
        assertTrue(created.newAccount());
        assertNotNull(created.initialPassword());
        AuthenticationResult login = authentication.authenticate(created.username(), created.initialPassword());
        assertTrue(login.succeeded());
        assertTrue(login.mustChangePassword());
        assertTrue(login.roles().contains("ENTERPRISE_ADMIN"));
        assertEquals(1, em.createQuery("select count(a) from AuditEntry a where a.action = :a and a.objectId = :o",
                Long.class).setParameter("a", AuditAction.ACCOUNT_CREATED).setParameter("o", created.username())
                .getSingleResult());
        assertTrue(auditCount(AuditAction.ORGANISATION_CREATED, "sysadmin") >= 1);
    }

    @Test
    void enterpriseAdminSeesOnlyItsOwnEmployees() throws Exception {
        List<Views.EmploymentView> mine = asEnterprise.call(() -> employees.employees(false));
        assertFalse(mine.isEmpty());
        assertTrue(mine.stream().allMatch(e -> e.organisationName().equals("苏州华盛化工有限公司")));
        List<Views.EmploymentView> theirs = asOtherEnterprise.call(() -> employees.employees(false));
        assertTrue(theirs.stream().allMatch(e -> e.organisationName().equals("益阳宏达矿业有限公司")));

        String someoneElses = mine.get(0).publicId();
        assertEquals("employment.notFound", assertThrows(DomainException.class, () -> asOtherEnterprise.call(() -> {
            employees.endEmployment(someoneElses, LocalDate.now());
            return null;
        })).code());
    }

    @Test
    void enterpriseAdminAddsNewAndExistingPeopleWithTheirPostCategory() throws Exception {
        String newId = TestPeople.residentId();
        Commands.AccountCreated created = asEnterprise.call(() -> employees.addEmployee(new Commands.NewEmployee(
                "新员工", newId, TestPeople.mobile(), "储运工", "OTHER", "DISPATCHED", LocalDate.of(2025, 3, 1),
                null)));
        assertTrue(created.newAccount());
        assertEquals(newId.toLowerCase(), created.username());

        // the same person joins the other enterprise as a contractor: the lifelong record is reused
        assertEquals("person.nameMismatch", assertThrows(DomainException.class, () -> asOtherEnterprise.call(() ->
                employees.addEmployee(new Commands.NewEmployee("别人", newId, null, "检修工", "OTHER", "CONTRACTOR",
                        LocalDate.of(2025, 6, 1), null)))).code());
        Commands.AccountCreated linked = asOtherEnterprise.call(() -> employees.addEmployee(
                new Commands.NewEmployee("新员工", newId, null, "检修工", "SPECIAL_OPERATOR", "CONTRACTOR",
                        LocalDate.of(2025, 6, 1), LocalDate.of(2025, 8, 31))));
        assertFalse(linked.newAccount());
        assertNull(linked.initialPassword());

        assertEquals("employment.overlap", assertThrows(DomainException.class, () -> asEnterprise.call(() ->
                employees.addEmployee(new Commands.NewEmployee("新员工", newId, null, "班组长", "TEAM_LEADER", "DIRECT",
                        LocalDate.of(2025, 4, 1), null)))).code());
        assertEquals("employment.endBeforeStart", assertThrows(DomainException.class, () -> asEnterprise.call(() ->
                employees.addEmployee(new Commands.NewEmployee("另一人", TestPeople.residentId(), TestPeople.mobile(),
                        "电工", "SPECIAL_OPERATOR", "DIRECT", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 1)))))
                .code());
        long histories = em.createQuery("select count(e) from Employment e where e.person.residentId = :r",
                Long.class).setParameter("r", newId).getSingleResult();
        assertEquals(2, histories);
        assertTrue(auditCount(AuditAction.EMPLOYMENT_ADDED, "yyenterprise") >= 1);
    }

    @Test
    void aWorkerSeesTheirOwnArchiveOnly() throws Exception {
        Views.ProfileView me = asWorker.call(() -> profiles.myProfile());
        assertEquals("worker", me.username());
        assertEquals("LEARNER", me.primaryRole());
        assertEquals(1, me.employments().size());
        assertEquals("SPECIAL_OPERATOR", me.employments().get(0).postCategory());
    }
}
