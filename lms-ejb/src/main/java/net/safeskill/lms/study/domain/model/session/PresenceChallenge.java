package net.safeskill.lms.study.domain.model.session;

import java.time.Instant;

/**
 * A presence check (防挂机验证) as the page sees it: a server nonce, and the instant by which it must be answered.
 * The digits themselves are never sent as text: the page shows them as an image fetched with the nonce.
 */
public record PresenceChallenge(String nonce, Instant dueBy) {
}
