package ca.threadline.extract.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a province or territory written right after a place name ("Victoria, B.C.", "Sherbrooke
 * QC", "Trois-Rivières (Qc)", "Saint John, New Brunswick") or anywhere in a text, and recognises
 * foreign qualifiers ("London, UK", "Hamilton, OH") that make a Canadian reading wrong.
 *
 * <p>Two-letter codes are matched in upper case only ("on" and "me" are words); names and dotted
 * abbreviations in any case and with or without accents.
 */
public final class ProvinceMention {
  /** What was read: a province, or {@code province == null} for a foreign qualifier. */
  public record Match(Province province, int start, int end, boolean strong) {
    public boolean foreign() {
      return province == null;
    }
  }

  private record Form(String text, Province province, boolean code, boolean context) {}

  private static final List<String> US_STATES =
      List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
          "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
          "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
          "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
          "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
          "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
          "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "USA", "U.S.A.",
          "U.S.", "UK", "U.K.", "England", "Scotland", "Ireland", "Australia", "France", "Jamaica",
          "États-Unis", "Etats-Unis");
  private static final String US_CODES =
      "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY"
          + " NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC";

  private static final List<Form> FORMS = buildForms();

  private ProvinceMention() {}

  private static List<Form> buildForms() {
    List<Form> forms = new ArrayList<>();
    for (Province p : Province.values()) {
      forms.add(new Form(p.code(), p, true, false));
      addName(forms, p.englishName(), p, true);
      addName(forms, p.frenchName(), p, true);
      for (String v : p.variants()) {
        boolean dottedInitials = v.length() >= 4 && v.charAt(1) == '.';
        if (dottedInitials || v.length() > 5) {
          addName(forms, v, p, v.length() > 5 && !v.equals("Labrador"));
        } else {
          // Codes and short forms ("PEI", "Qc", "Sask", "Man."): exactly as written.
          forms.add(new Form(v, p, true, v.length() >= 4 && !v.endsWith(".")));
        }
      }
    }
    for (String s : US_STATES) {
      addName(forms, s, null, false);
    }
    for (String code : US_CODES.split(" ")) {
      forms.add(new Form(code, null, true, false));
    }
    forms.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed());
    return List.copyOf(forms);
  }

  private static void addName(List<Form> forms, String name, Province p, boolean context) {
    String folded = Fold.of(name);
    forms.add(new Form(folded, p, false, context));
    if (folded.indexOf('-') >= 0) {
      forms.add(new Form(folded.replace('-', ' '), p, false, context));
    }
    if (folded.endsWith(".")) {
      forms.add(new Form(folded.substring(0, folded.length() - 1), p, false, context));
    }
  }

  /**
   * A qualifier right after a place name that ends at {@code pos}: optional spaces, then at most
   * one of {@code , ( - –}, spaces, then the province. {@code strong} is true when a separator was
   * written or the province is spelled out (a bare "ON" after a name may be an upper-case word).
   */
  public static Match after(CharSequence text, int pos) {
    int i = skipSpaces(text, pos);
    boolean separator = false;
    if (i < text.length()) {
      char c = text.charAt(i);
      if (c == ',' || c == '(' || c == '-' || c == '–' || c == '/') {
        separator = true;
        i = skipSpaces(text, i + 1);
      }
    }
    if (i == pos && i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      // No separator and no space: "TorontoON" is not a qualifier.
      return null;
    }
    Form f = formAt(text, i, false);
    if (f == null) {
      return null;
    }
    boolean strong = separator || !f.code() || f.text().length() > 2;
    return new Match(f.province(), i, i + f.text().length(), strong);
  }

  /** Every province named in full (or by an unmistakable abbreviation) anywhere in {@code text}. */
  public static List<Province> mentioned(CharSequence text) {
    List<Province> out = new ArrayList<>(2);
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      Form f = formAt(text, i, true);
      if (f != null && f.province() != null && !out.contains(f.province())) {
        out.add(f.province());
      }
    }
    return out;
  }

  private static Form formAt(CharSequence text, int i, boolean contextOnly) {
    for (Form f : FORMS) {
      if (contextOnly && !f.context()) {
        continue;
      }
      int n = f.text().length();
      if (i + n > text.length()) {
        continue;
      }
      if (!matches(text, i, f)) {
        continue;
      }
      int end = i + n;
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        continue;
      }
      return f;
    }
    return null;
  }

  private static boolean matches(CharSequence text, int i, Form f) {
    String s = f.text();
    if (f.code()) {
      for (int k = 0; k < s.length(); k++) {
        if (text.charAt(i + k) != s.charAt(k)) {
          return false;
        }
      }
      return true;
    }
    for (int k = 0; k < s.length(); k++) {
      if (Fold.fold(text.charAt(i + k)) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpaces(CharSequence text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }
}
