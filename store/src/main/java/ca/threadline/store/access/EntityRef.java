package ca.threadline.store.access;

import java.util.Objects;

/**
 * One thing in a case: a document ({@code key} = document id), a selector ({@code phone:+1...}),
 * a network or template cluster (the linker's id), an evidence item (its SHA-256), a crypto
 * address, or the case itself ({@code key} = case id).
 */
public record EntityRef(EntityType type, String key) {
  public EntityRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.length() > 1100) {
      throw new IllegalArgumentException("entity key must have 1 to 1100 characters");
    }
  }

  public static EntityRef document(long id) {
    return new EntityRef(EntityType.DOCUMENT, Long.toString(id));
  }

  public static EntityRef of(EntityType type, String key) {
    return new EntityRef(type, key);
  }
}
