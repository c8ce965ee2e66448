package ca.threadline.app.export;

import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.document.StoredSelector;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * FollowTheMoney entities as JSON Lines ({@code {"id","schema","properties":{name:[values]}}}, the
 * format of {@code followthemoney}'s {@code to_dict}), for Aleph-style tools:
 *
 * <ul>
 *   <li>each document as a {@code PlainText} (title, text, date, source link, language, the phones
 *       and e-mails it mentions; the evidence SHA-256 in {@code notes}, since FtM's
 *       {@code contentHash} is SHA-1 of bytes Threadline does not hold as such);
 *   <li>each handle and e-mail address as a {@code UserAccount}; each Bitcoin or Ethereum address
 *       as a {@code CryptoWallet} (with the chain look-up's balance when there is one);
 *   <li>per network, one {@code Person} for whoever the ads advertise, named only as that
 *       ("Person(s) advertised in network N3"): Threadline does not know who they are, invents no
 *       identity, and says so in {@code notes}; the network's phones and e-mails are its contact
 *       properties;
 *   <li>links: {@code Documentation} from each document to the entities it mentions or advertises,
 *       {@code UnknownLink} from the advertised person to each account and wallet of the network
 *       (FtM's {@code owner}/{@code holder} would claim ownership, which the ads do not prove).
 * </ul>
 *
 * <p>Ids are stable: the hex SHA-1 of the case, the kind and the natural key (as FtM's
 * {@code make_entity_id}), so a re-export names the same things alike. Every entity is checked
 * against {@link FtmSchema} before it is written. Redacted selectors produce no entity.
 */
final class FtmExport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ExportSession s;
  private final Map<String, Entity> entities = new LinkedHashMap<>();

  private record Entity(String id, String schema, Map<String, Set<String>> properties) {}

  FtmExport(ExportSession s) {
    this.s = s;
  }

  /** Writes the entities; returns how many. */
  int write(String network, OutputStream out) throws IOException {
    Map<String, CryptoLookup> lookups = new HashMap<>();
    for (CryptoLookup l : s.store.crypto().list(s.opened.user(), s.opened.caseId())) {
      lookups.put(l.address(), l);
    }
    for (DocumentSummary sum : s.summaries(network)) {
      document(s.views(List.of(sum), 1).get(0), lookups);
    }
    for (Entity e : entities.values()) {
      Map<String, List<String>> props = new LinkedHashMap<>();
      e.properties().forEach((k, v) -> props.put(k, List.copyOf(v)));
      FtmSchema.check(e.schema(), props);
      ObjectNode o = JSON.createObjectNode();
      o.put("id", e.id());
      o.put("schema", e.schema());
      o.set("properties", JSON.valueToTree(props));
      out.write(JSON.writeValueAsBytes(o));
      out.write('\n');
    }
    return entities.size();
  }

  private void document(DocumentView d, Map<String, CryptoLookup> lookups) {
    String caseName = s.caseName.value();
    Redaction r = s.redaction;
    String docId = id("document", d.externalId());
    Entity doc = entity(docId, "PlainText");
    String title = titleOf(d);
    put(doc, "name", title);
    put(doc, "title", title);
    put(doc, "bodyText", r.text(d));
    put(doc, "mimeType", "text/plain");
    if (d.postedAt() != null) {
      put(doc, "publishedAt", d.postedAt().toString());
    }
    if (d.url() != null && !r.url()) {
      put(doc, "sourceUrl", d.url());
    }
    switch (d.language() == null ? "" : d.language()) {
      case "en" -> put(doc, "language", "eng");
      case "fr" -> put(doc, "language", "fra");
      case "mixed" -> {
        put(doc, "language", "eng");
        put(doc, "language", "fra");
      }
      default -> { }
    }
    if (d.city() != null) {
      put(doc, "locationMentioned", d.city());
    }
    put(doc, "notes", "Threadline document " + d.externalId() + " (" + d.kind() + ") of case " + caseName
        + (d.sourceSha256() == null ? "" : "; evidence item SHA-256 " + d.sourceSha256())
        + (d.networkKey() == null ? "" : "; network " + d.networkKey())
        + (d.clusterKey() == null ? "" : "; template cluster " + d.clusterKey()));
    Entity person = null;
    if (d.networkKey() != null) {
      person = entity(id("person", d.networkKey()), "Person");
      put(person, "name", "Person(s) advertised in network " + d.networkKey() + " of case " + caseName);
      put(person, "notes", "Not an identity: whoever the ads of Threadline network " + d.networkKey()
          + " advertise, unidentified. The network ties ads by shared contact details and templates; it may advertise more than one person.");
      link("Documentation", d.externalId() + "/person", Map.of("document", docId, "entity", person.id(), "role", "advertises"));
    }
    for (StoredSelector sel : d.selectors()) {
      if (r.selector(sel.type())) {
        continue;
      }
      switch (sel.type()) {
        case "phone" -> {
          put(doc, "phoneMentioned", sel.value());
          if (person != null) {
            put(person, "phone", sel.value());
          }
        }
        case "email" -> {
          put(doc, "emailMentioned", sel.value());
          if (person != null) {
            put(person, "email", sel.value());
          }
          Entity a = account(sel, sel.value(), sel.value().substring(sel.value().indexOf('@') + 1));
          put(a, "email", sel.value());
          mentions(d, docId, a, person, "contact address");
        }
        case "handle" -> {
          int colon = sel.value().indexOf(':');
          Entity a = account(sel, sel.value().substring(colon + 1), sel.value().substring(0, colon));
          mentions(d, docId, a, person, "contact account");
        }
        case "btc", "eth" -> {
          Entity w = entity(id("wallet", sel.key()), "CryptoWallet");
          put(w, "name", sel.value());
          put(w, "publicKey", sel.value());
          put(w, "currencySymbol", sel.type().toUpperCase(Locale.ROOT));
          CryptoLookup l = lookups.get(sel.value());
          if (l != null && l.balanceSat() != null) {
            put(w, "balance", String.format(Locale.ROOT, "%.8f", l.balanceSat() / 1e8));
            put(w, "balanceDate", l.lookedUpAt().toString().substring(0, 10));
            put(w, "notes", "Bitcoin chain look-up: address cluster " + l.chainCluster() + "; received "
                + String.format(Locale.ROOT, "%.8f", l.receivedSat() == null ? 0 : l.receivedSat() / 1e8) + " BTC");
          }
          mentions(d, docId, w, person, "payment address");
        }
        default -> { }
      }
    }
  }

  private Entity account(StoredSelector sel, String username, String service) {
    Entity a = entity(id("account", sel.key()), "UserAccount");
    put(a, "name", sel.value());
    put(a, "username", username);
    put(a, "service", service);
    return a;
  }

  private void mentions(DocumentView d, String docId, Entity e, Entity person, String role) {
    link("Documentation", d.externalId() + "/" + e.id(), Map.of("document", docId, "entity", e.id(), "role", "mentions " + role));
    if (person != null) {
      link("UnknownLink", person.id() + "/" + e.id(), Map.of("subject", person.id(), "object", e.id(),
          "role", role + " advertised in the same ads"));
    }
  }

  private void link(String schema, String key, Map<String, String> props) {
    Entity e = entity(id(schema, key), schema);
    props.forEach((k, v) -> put(e, k, v));
  }

  private Entity entity(String id, String schema) {
    return entities.computeIfAbsent(id, k -> new Entity(k, schema, new LinkedHashMap<>()));
  }

  private static void put(Entity e, String property, String value) {
    if (value != null && !value.isBlank()) {
      e.properties().computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value);
    }
  }

  private static String titleOf(DocumentView d) {
    return switch (d.kind()) {
      case "ad" -> "Ad " + d.externalId();
      case "job_ad" -> "Job ad " + d.externalId();
      case "page" -> "Web page " + d.externalId();
      default -> "File " + d.externalId();
    } + (d.city() == null ? "" : ", " + d.city()) + (d.postedAt() == null ? "" : ", " + d.postedAt().toString().substring(0, 10));
  }

  /** A stable entity id: SHA-1 hex over the case, the kind and the key (FtM's {@code make_entity_id} style). */
  String id(String kind, String key) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(("threadline\u0000" + s.caseName.value() + "\u0000" + kind + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha1.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
