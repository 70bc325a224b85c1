package net.safeskill.lms.bank.domain;

import java.util.Map;
import java.util.Optional;

import net.safeskill.lms.bank.domain.model.paper.Paper;

/** Stored candidates' papers (E3); their items give the exposure counts for the next draw. */
public interface PaperRepository {

    void store(Paper paper);

    Optional<Paper> find(String publicId);

    /** @return for each revision of the owner's bank that papers hold, how many papers hold it */
    Map<Long, Integer> exposureCounts(long ownerId);
}
