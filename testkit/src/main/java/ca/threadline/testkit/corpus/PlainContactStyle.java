package ca.threadline.testkit.corpus;

import java.util.random.RandomGenerator;

/**
 * Writes contacts the way most posters do when they do not hide them: NANP phone layouts,
 * addresses as is, handles with the platform cues sites show ("IG:", "snap:", "t.me/"). It never
 * obfuscates; the {@code obfuscate} flag is ignored.
 */
public class PlainContactStyle implements ContactStyle {
  @Override
  public Written phone(String e164, boolean obfuscate, RandomGenerator rnd) {
    String d = e164.substring(2); // NANP: +1 then 10 digits
    String a = d.substring(0, 3);
    String b = d.substring(3, 6);
    String c = d.substring(6);
    String text =
        switch (rnd.nextInt(7)) {
          case 0 -> "(" + a + ") " + b + "-" + c;
          case 1 -> a + "-" + b + "-" + c;
          case 2 -> a + "." + b + "." + c;
          case 3 -> a + " " + b + " " + c;
          case 4 -> a + b + c;
          case 5 -> "+1 " + a + " " + b + " " + c;
          default -> "1-" + a + "-" + b + "-" + c;
        };
    return Written.plain(text);
  }

  @Override
  public Written email(String email, boolean obfuscate, RandomGenerator rnd) {
    return Written.plain(email);
  }

  @Override
  public Written handle(String platform, String handle, RandomGenerator rnd) {
    boolean alt = rnd.nextBoolean();
    String text =
        switch (platform) {
          case "instagram" -> alt ? "IG: @" + handle : "Instagram @" + handle;
          case "snapchat" -> alt ? "snap: " + handle : "Snapchat: " + handle;
          case "telegram" -> alt ? "t.me/" + handle : "Telegram @" + handle;
          case "onlyfans" -> alt ? "onlyfans.com/" + handle : "OF: " + handle;
          case "twitter" -> alt ? "twitter.com/" + handle : "Twitter @" + handle;
          case "kik" -> "Kik: " + handle;
          case "tiktok" -> "tiktok.com/@" + handle;
          default -> platform + ": " + handle;
        };
    return Written.plain(text);
  }
}
