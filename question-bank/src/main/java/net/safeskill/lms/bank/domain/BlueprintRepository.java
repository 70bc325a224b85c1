package net.safeskill.lms.bank.domain;

import java.util.List;
import java.util.Optional;

import net.safeskill.lms.bank.domain.model.blueprint.Blueprint;

/** Stored paper blueprints (E3). */
public interface BlueprintRepository {

    void store(Blueprint blueprint);

    Optional<Blueprint> find(long ownerId, String publicId);

    List<Blueprint> all(long ownerId);
}
