package ca.threadline.bench.load;

/**
 * What a virtual user does next, with its share of the mix (percent). The mix follows an
 * analyst's session: mostly searching and reading documents, following selectors and networks,
 * the network page's data (graph, timeline, map), and now and then a note or a tag.
 */
enum Action {
  SEARCH(22),
  SEARCH_FACET(10),
  DOCUMENT(20),
  SELECTOR(10),
  NETWORK(10),
  GRAPH(6),
  TIMELINE(4),
  CIRCUIT(4),
  CASE(4),
  NOTE(7),
  TAG(3);

  final int weight;

  Action(int weight) {
    this.weight = weight;
  }

  /** Picks an action for a uniform {@code roll} in 0..99. */
  static Action pick(int roll) {
    int acc = 0;
    for (Action a : values()) {
      acc += a.weight;
      if (roll < acc) {
        return a;
      }
    }
    return SEARCH;
  }

  /** The route name reported for it. */
  String route() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
