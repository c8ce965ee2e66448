package ca.threadline.app.demo;

import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import ca.threadline.store.crypto.CryptoLookup;
import ca.threadline.store.link.CircuitStop;
import ca.threadline.store.link.NetworkPage;
import ca.threadline.store.link.NetworkRepository;
import ca.threadline.store.search.SearchRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The case part of the demo report, read back from the case store as the demo investigator: how
 * many documents, the largest networks with their circuits, what ties them and their strongest
 * indicators, and the wallets found on the chain.
 */
final class PipelineReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The numbers the command prints too. */
  record Summary(String markdown, int documents, int networks, String largest) {}

  private PipelineReport() {}

  static Summary render(Store store, User user, long caseId, String caseName) {
    StringBuilder b = new StringBuilder();
    int documents = (int) store.search().search(user, caseId, SearchRequest.text("").page(0, 0)).total();
    List<NetworkRepository.NetworkSize> networks = store.networks().list(user, caseId, 10_000);
    b.append("# Case \"").append(caseName).append("\"\n\n");
    b.append(String.format(Locale.ROOT, "%,d documents in the case store, %,d networks of two or more documents.%n%n", documents, networks.size()));
    b.append("## Largest networks\n\n| network | documents | circuit | tied by | strongest indicators |\n|---|---:|---|---|---|\n");
    for (NetworkRepository.NetworkSize n : networks.subList(0, Math.min(8, networks.size()))) {
      NetworkPage p = store.networks().page(user, caseId, n.key(), 1);
      Set<String> cities = new LinkedHashSet<>();
      for (CircuitStop s : p.circuit()) {
        cities.add(s.city());
      }
      List<String> ind = new ArrayList<>();
      for (NetworkPage.IndicatorSummary i : p.indicators().subList(0, Math.min(3, p.indicators().size()))) {
        ind.add(String.format(Locale.ROOT, "%s (%.2f, %d docs)", i.code(), i.weight(), i.documents()));
      }
      b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", n.key(), n.documents(), String.join(" → ", cities),
          p.tyingSelectors().isEmpty() ? "template" : String.join(", ", p.tyingSelectors().subList(0, Math.min(3, p.tyingSelectors().size())))
              + (p.tyingSelectors().size() > 3 ? ", …" : ""),
          String.join("; ", ind)));
    }
    List<CryptoLookup> crypto = store.crypto().list(user, caseId);
    if (!crypto.isEmpty()) {
      b.append("\n## Wallets on the chain\n\n| address | cluster size | received (BTC) | money to and from tagged services |\n|---|---:|---:|---|\n");
      for (CryptoLookup c : crypto) {
        String size = "";
        Set<String> tags = new LinkedHashSet<>();
        try {
          JsonNode x = JSON.readTree(c.exposureJson());
          size = x.path("cluster_size").asText("");
          tags.add(ca.threadline.app.export.Exposure.describe(x));
        } catch (Exception e) {
          // keep what there is
        }
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", c.address(), size,
            c.receivedSat() == null ? "–" : String.format(Locale.ROOT, "%.8f", c.receivedSat() / 1e8), String.join("; ", tags)));
      }
    }
    b.append("\nNetworks are leads: each ties ads by a shared template or contact detail; open one in the workbench"
        + " (or its dossier) to see why.\n");
    return new Summary(b.toString(), documents, networks.size(), networks.isEmpty() ? null : networks.get(0).key());
  }
}
