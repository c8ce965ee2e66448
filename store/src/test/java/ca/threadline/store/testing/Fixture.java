package ca.threadline.store.testing;

import ca.threadline.store.Store;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.nio.file.Path;

/**
 * A store with the people of a small team: an admin (who opens the case and so is its case
 * admin), an investigator and a reviewer in the case, and an outsider who is in no case.
 */
public final class Fixture implements AutoCloseable {
  public final Store store;
  public final User admin;
  public final User investigator;
  public final User reviewer;
  public final User outsider;
  public final long caseId;

  public Fixture(TestStores stores, Db db, Path home) {
    this(stores.open(db, home));
  }

  /** The fixture in a store of the given configuration (to reach its database from outside too). */
  public Fixture(TestStores stores, Db db, Path home, ca.threadline.store.StoreConfig config) {
    this(Store.open(config));
  }

  private Fixture(Store opened) {
    this.store = opened;
    this.admin = store.users().bootstrapAdmin("admin", "Admin", null);
    this.investigator = store.users().create(admin, "ines", "Inès Investigator", Role.INVESTIGATOR, null);
    this.reviewer = store.users().create(admin, "remi", "Rémi Reviewer", Role.REVIEWER, null);
    this.outsider = store.users().create(admin, "otto", "Otto Outsider", Role.INVESTIGATOR, null);
    this.caseId = store.cases().create(admin, "Operation Nord", "synthetic test case").id();
    store.cases().addMember(admin, caseId, investigator.id(), Role.INVESTIGATOR);
    store.cases().addMember(admin, caseId, reviewer.id(), Role.REVIEWER);
  }

  @Override
  public void close() {
    store.close();
  }
}
