package ca.threadline.extract.handle;

/**
 * The platforms whose user names ads give as contacts, with each one's user-name rules (length and
 * characters), so that a word after a cue that could not be a user name there is not taken as one.
 * (Instagram and X allow one-letter names; Threadline asks for two, since "IG: n/a" is not a
 * contact.) A WhatsApp contact is a phone number, found by the phone finder.
 *
 * <p>Facebook user names may hold only letters, digits and periods, but ads write
 * {@code fb: bliss_talia} and {@code facebook.com/satin_ivy} all the same: the name as written is
 * what links two ads, so an underscore is accepted there too (rejecting it loses the selector and
 * protects against nothing: no prose word contains one).
 */
public enum Platform {
  INSTAGRAM("instagram", 2, 30, "._"),
  SNAPCHAT("snapchat", 3, 15, "._-"),
  TELEGRAM("telegram", 5, 32, "_"),
  TWITTER("twitter", 2, 15, "_"),
  TIKTOK("tiktok", 2, 24, "._"),
  ONLYFANS("onlyfans", 3, 30, "._-"),
  KIK("kik", 2, 20, "._"),
  FACEBOOK("facebook", 5, 50, "._");

  private final String wireName;
  private final int minLength;
  private final int maxLength;
  private final String punctuation;

  Platform(String wireName, int minLength, int maxLength, String punctuation) {
    this.wireName = wireName;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.punctuation = punctuation;
  }

  /** The prefix of the handle selector's value: {@code instagram:name}. */
  public String wireName() {
    return wireName;
  }

  /**
   * Whether {@code name} (without {@code @}) can be a user name here: length, ASCII letters and
   * digits plus the platform's punctuation, starting with a letter or digit, and at least one
   * letter (an all-digit "name" after a cue is a phone number).
   */
  public boolean accepts(String name) {
    int n = name.length();
    if (n < minLength || n > maxLength || !Character.isLetterOrDigit(name.charAt(0))) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        letter = true;
      } else if (!(c >= '0' && c <= '9') && punctuation.indexOf(c) < 0) {
        return false;
      }
    }
    return letter;
  }
}
