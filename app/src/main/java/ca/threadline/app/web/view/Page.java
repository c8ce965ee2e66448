package ca.threadline.app.web.view;

import ca.threadline.app.web.i18n.Messages;

/**
 * What every page's frame shows: words in the chosen language, the anti-CSRF token for its forms,
 * the signed-in user, the title, the case being worked on (or null) and the current path (for the
 * language switch to come back to).
 */
public record Page(Messages t, String csrf, UserView user, String title, CaseNav nav, String path) {
  public String lang() {
    return t.lang();
  }

  public boolean signedIn() {
    return user != null;
  }

  public boolean inCase() {
    return nav != null;
  }

  /** The signed-in person as pages show them. */
  public record UserView(long id, String name, String displayName, String role, boolean admin) {
    public String shown() {
      return displayName == null || displayName.isBlank() ? name : displayName;
    }
  }

  /** The case a page belongs to and what the user may do in it. */
  public record CaseNav(long id, String name, String role, boolean canWrite, boolean caseAdmin) {
    public String base() {
      return "/cases/" + id;
    }
  }
}
