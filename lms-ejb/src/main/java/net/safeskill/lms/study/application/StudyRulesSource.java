package net.safeskill.lms.study.application;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.profile.StudyProfile;
import net.safeskill.lms.study.domain.model.session.StudyRules;

/**
 * The study rules of each region, read from {@link StudyProfile}s and kept in memory (they change rarely and are
 * needed on every heartbeat); a region without a profile follows {@link StudyRules#defaults()}.
 */
@ApplicationScoped
public class StudyRulesSource {

    /** Profile key for people whose region is unknown. */
    public static final String DEFAULT_REGION = "DEFAULT";

    private final Map<String, StudyRules> cache = new ConcurrentHashMap<>();

    @Inject
    private StudyRepository repository;

    public StudyRules rulesFor(String region) {
        return cache.computeIfAbsent(region, r -> repository.profile(r).map(StudyProfile::rules)
                .orElseGet(StudyRules::defaults));
    }

    /** Stores a region's new rules; the next session of that region follows them. */
    @Transactional
    public void change(String region, StudyRules rules, String by) {
        Instant now = Instant.now();
        repository.profile(region).ifPresentOrElse(p -> p.change(rules, now, by),
                () -> repository.store(new StudyProfile(region, rules, now, by)));
        cache.remove(region);
    }
}
