package ca.threadline.store.access;

import java.time.Instant;

/** A case as listed to a member, with the member's own role in it. */
public record CaseInfo(long id, String name, String description, Instant createdAt, Role myRole) {}
