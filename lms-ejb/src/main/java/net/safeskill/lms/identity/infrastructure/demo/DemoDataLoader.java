package net.safeskill.lms.identity.infrastructure.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import net.safeskill.lms.identity.application.PasswordHasher;
import net.safeskill.lms.identity.domain.IdentityRepository;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.identity.domain.model.employment.Employment;
import net.safeskill.lms.identity.domain.model.employment.EmploymentType;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.identity.domain.model.organisation.Organisation;
import net.safeskill.lms.identity.domain.model.organisation.OrganisationType;
import net.safeskill.lms.identity.domain.model.organisation.Region;
import net.safeskill.lms.identity.domain.model.organisation.UnifiedSocialCreditCode;
import net.safeskill.lms.identity.domain.model.person.MobileNumber;
import net.safeskill.lms.identity.domain.model.person.Person;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.infrastructure.DatabaseMigrator;

/**
 * Loads the demo organisations, accounts (one for every role) and employments from {@code demo/identity.txt} on
 * the first start, so that a new user sees a living platform. It runs only when {@code lms.demo} is true — by
 * default only on the embedded H2 database, never on PostgreSQL unless {@code -Dlms.demo=true} /
 * {@code LMS_DEMO=true} asks for it — and only while no account exists.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    private DatabaseMigrator migrator;

    @Inject
    private IdentityRepository repository;

    @Inject
    private PasswordHasher hasher;

    @PostConstruct
    void load() {
        if (!migrator.isDemoDataWanted()) {
            LOG.info("Demo data not requested (lms.demo / LMS_DEMO); none loaded.");
            return;
        }
        if (repository.countAccounts() > 0) {
            LOG.info("Accounts exist already; demo data not loaded again.");
            return;
        }
        String password = System.getProperty("lms.demo.password", "Safe@2026");
        String hash = hasher.hash(password);
        Map<String, Organisation> orgs = new HashMap<>();
        Map<String, Account> accounts = new HashMap<>();
        Instant now = Instant.now();
        int count = 0;
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/identity.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                switch (f[0]) {
                    case "ORG" -> {
                        Organisation o = new Organisation(f[2], OrganisationType.valueOf(f[3]),
                                f[4].isEmpty() ? null : UnifiedSocialCreditCode.withCheckCharacter(f[4]).value(),
                                Region.valueOf(f[5]), f[6].isEmpty() ? null : Industry.valueOf(f[6]), f[7], f[8],
                                now);
                        repository.store(o);
                        orgs.put(f[1], o);
                    }
                    case "ACC" -> {
                        ResidentIdNumber rid = ResidentIdNumber.withCheckDigit(f[3]);
                        Person p = new Person(rid, f[2], MobileNumber.parse(f[4]), now);
                        repository.store(p);
                        Account a = new Account(p, f[1], hash, now);
                        for (String role : f[5].split(",")) {
                            Role r = Role.valueOf(role.strip());
                            if (r.isStaffRole()) {
                                a.joinAsStaff(orgs.get(f[6]), r);
                            } else {
                                a.grant(r);
                            }
                        }
                        repository.store(a);
                        accounts.put(f[1], a);
                        count++;
                    }
                    case "EMP" -> {
                        Account a = accounts.get(f[1]);
                        repository.store(new Employment(a.person(), orgs.get(f[2]), f[3], PostCategory.valueOf(f[4]),
                                EmploymentType.valueOf(f[5]), LocalDate.parse(f[6]),
                                f[7].isEmpty() ? null : LocalDate.parse(f[7]), PlatformClock.today(), "demo", now));
                    }
                    default -> throw new IllegalStateException("Unknown demo line: " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read demo data", e);
        }
        LOG.info("Demo data loaded: " + orgs.size() + " organisations, " + count + " accounts (see README).");
    }
}
