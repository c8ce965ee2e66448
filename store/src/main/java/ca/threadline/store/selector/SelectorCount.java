package ca.threadline.store.selector;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A selector and the number of documents (of a case or a network) that contain it. */
public record SelectorCount(String key, String type, String value, int documents) {
  /** From a facet count of selector keys ({@code type:value}). */
  public static SelectorCount of(ca.threadline.store.search.FacetCount f) {
    int colon = f.value().indexOf(':');
    return new SelectorCount(f.value(), f.value().substring(0, colon), f.value().substring(colon + 1), f.count());
  }

  /** Reads rows of (key, type, value, count). */
  public static List<SelectorCount> read(PreparedStatement p) throws SQLException {
    List<SelectorCount> out = new ArrayList<>();
    try (ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new SelectorCount(r.getString(1), r.getString(2), r.getString(3), r.getInt(4)));
      }
    }
    return out;
  }
}
