package ca.threadline.extract.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The North American Numbering Plan area codes: every Canadian code with its province and main
 * place, the US and US-territory codes with their state, the Caribbean members, and the
 * non-geographic codes. The linking engine reads the origin of a phone number from it: an ad
 * posted in Ontario with a Nevada (702) number is a sign of travel along a circuit (Ibanez &amp;
 * Suthers, HICSS 2014). libphonenumber's geocoder is not available here, so Threadline ships this
 * table ({@code area-codes.tsv}). Immutable; an array indexed by the code makes lookups free.
 */
public final class AreaCodes {
  private static final String RESOURCE = "area-codes.tsv";

  private final AreaCode[] byNpa;
  private final List<AreaCode> all;

  private AreaCodes(List<AreaCode> codes) {
    this.byNpa = new AreaCode[1000];
    for (AreaCode c : codes) {
      byNpa[Integer.parseInt(c.npa())] = c;
    }
    this.all = Collections.unmodifiableList(new ArrayList<>(codes));
  }

  private static final class Holder {
    static final AreaCodes STANDARD = load();
  }

  /** The table shipped with Threadline, loaded once. */
  public static AreaCodes standard() {
    return Holder.STANDARD;
  }

  /** Every code in the table, in numeric order. */
  public List<AreaCode> all() {
    return all;
  }

  /** The area code {@code npa} (three digits), if assigned. */
  public Optional<AreaCode> lookup(String npa) {
    if (npa == null || npa.length() != 3) {
      return Optional.empty();
    }
    int n = 0;
    for (int i = 0; i < 3; i++) {
      char c = npa.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      n = n * 10 + (c - '0');
    }
    return Optional.ofNullable(byNpa[n]);
  }

  /** The area code of a NANP number in E.164 ({@code +1NPANXXXXXX}); empty for other numbers. */
  public Optional<AreaCode> ofE164(String e164) {
    if (e164 == null || e164.length() != 12 || !e164.startsWith("+1")) {
      return Optional.empty();
    }
    for (int i = 2; i < 12; i++) {
      char c = e164.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
    }
    return lookup(e164.substring(2, 5));
  }

  static AreaCodes load() {
    return TsvRows.loadResource(AreaCodes.class, RESOURCE, AreaCodes::parse);
  }

  /** Parses an area-code file; a malformed row fails with its line number. */
  static AreaCodes parse(BufferedReader reader, String source) throws IOException {
    List<AreaCode> codes = new ArrayList<>();
    boolean[] seen = new boolean[1000];
    TsvRows.forEachRow(reader, source, 5, (line, cols) -> {
      String npa = cols[0].strip();
      // NANP area codes are [2-9][0-9][0-9] (N11 service codes are never area codes).
      if (!npa.matches("[2-9][0-9][0-9]") || npa.substring(1).equals("11")) {
        throw TsvRows.bad(source, line, "'" + npa + "' is not a NANP area code");
      }
      int n = Integer.parseInt(npa);
      if (seen[n]) {
        throw TsvRows.bad(source, line, "area code " + npa + " listed twice");
      }
      seen[n] = true;
      codes.add(new AreaCode(npa, cols[1].strip(), cols[2].strip(), cols[3].strip(), cols[4].strip()));
    });
    codes.sort((a, b) -> a.npa().compareTo(b.npa()));
    return new AreaCodes(codes);
  }
}
