package ca.threadline.store.link;

import java.util.Objects;

/**
 * The linker's verdict for one document: its template cluster and its network (opaque ids;
 * either may be {@code null} when the linker has none for it).
 */
public record Assignment(String externalId, String clusterKey, String networkKey) {
  public Assignment {
    Objects.requireNonNull(externalId, "externalId");
  }
}
