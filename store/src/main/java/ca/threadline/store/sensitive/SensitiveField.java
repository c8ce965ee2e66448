package ca.threadline.store.sensitive;

import java.time.Instant;

/**
 * A field a case marks sensitive, e.g. {@code document.body}, {@code note.body},
 * {@code selector.email}, {@code victim.name}. Issue 8 seals marked fields at rest (Tink AEAD into
 * the {@code *_key}/ciphertext column design of the schema) and redacts them from exports.
 */
public record SensitiveField(String field, String reason, long markedBy, Instant markedAt) {}
