package ca.threadline.store.access;

import java.time.Instant;

/** A user's membership of a case. */
public record Member(long userId, String userName, Role role, Instant addedAt) {}
