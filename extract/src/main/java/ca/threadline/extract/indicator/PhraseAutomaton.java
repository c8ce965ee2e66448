package ca.threadline.extract.indicator;

import ca.threadline.extract.lang.CharTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every lexicon phrase (indicator triggers, suppressors, cues) compiled into one token trie, so
 * one pass over an ad's tokens finds all of them: from each token, walk the trie as long as edges
 * match; a node that ends a phrase reports its {@link Target}s.
 *
 * <p>Edges: a literal term (hash lookup on {@code node << 32 | termId}), "any number" (its range
 * checked at the end of the phrase), "any word", and word prefixes ({@code passport*}). A walk
 * stops at a hard break ({@link Tokens#HARD}), so phrases stay inside one line or sentence. Cost
 * per ad is O(tokens × longest phrase) hash probes, independent of the number of phrases.
 */
final class PhraseAutomaton {
  /** What a phrase is for. */
  enum Role {
    TRIGGER,
    SUPPRESSOR,
    CUE
  }

  /** A number slot of a phrase: the token at {@code offset} from the phrase start must lie in [min, max]. */
  record NumberSlot(int offset, double min, double max) {}

  /**
   * One compiled phrase's meaning.
   *
   * @param owner index of the indicator (for triggers and suppressors) or of the cue
   * @param condition cue index that must also occur in the record, or -1
   * @param pattern the lexicon pattern it was expanded from, for explanations
   * @param patternId identifies the lexicon pattern (all its expansions share it)
   */
  record Target(Role role, int owner, int condition, NumberSlot[] numbers, String pattern, int patternId) {}

  /** Receives matches: target, first and last token (inclusive). */
  interface Sink {
    void hit(int target, int first, int last);
  }

  private final CharTable vocabulary;
  private final Target[] targets;
  private final LongIntMap literal;
  private final int[] numberEdge;
  private final int[] wordEdge;
  private final String[][] prefixes;
  private final int[][] prefixChildren;
  private final int[][] outputs;
  private final int maxDepth;

  private PhraseAutomaton(Builder b) {
    vocabulary = CharTable.of(b.terms.keySet().toArray(String[]::new));
    targets = b.targets.toArray(Target[]::new);
    int n = b.nodes;
    literal = new LongIntMap(b.literal.size());
    b.literal.forEach(literal::put);
    numberEdge = new int[n];
    wordEdge = new int[n];
    prefixes = new String[n][];
    prefixChildren = new int[n][];
    outputs = new int[n][];
    for (int i = 0; i < n; i++) {
      numberEdge[i] = b.numberEdge.getOrDefault(i, -1);
      wordEdge[i] = b.wordEdge.getOrDefault(i, -1);
      Map<String, Integer> p = b.prefix.get(i);
      if (p != null) {
        prefixes[i] = p.keySet().toArray(String[]::new);
        prefixChildren[i] = p.values().stream().mapToInt(Integer::intValue).toArray();
      }
      List<Integer> o = b.outputs.get(i);
      outputs[i] = o == null ? null : o.stream().mapToInt(Integer::intValue).toArray();
    }
    maxDepth = b.maxDepth;
  }

  CharTable vocabulary() {
    return vocabulary;
  }

  Target target(int i) {
    return targets[i];
  }

  int targetCount() {
    return targets.length;
  }

  int maxDepth() {
    return maxDepth;
  }

  /** Reports every phrase occurrence in {@code t} to {@code sink}, by start token, then length. */
  void match(Tokens t, Sink sink) {
    for (int i = 0; i < t.size; i++) {
      step(t, 0, i, i, sink);
    }
  }

  private void step(Tokens t, int node, int first, int j, Sink sink) {
    int term = t.term[j];
    if (term >= 0) {
      int child = literal.get(((long) node << 32) | term);
      if (child >= 0) {
        arrive(t, child, first, j, sink);
      }
    }
    byte kind = t.kind[j];
    if (kind == Tokens.NUMBER && numberEdge[node] >= 0) {
      arrive(t, numberEdge[node], first, j, sink);
    }
    if (kind == Tokens.WORD) {
      if (wordEdge[node] >= 0) {
        arrive(t, wordEdge[node], first, j, sink);
      }
      String[] p = prefixes[node];
      if (p != null) {
        for (int k = 0; k < p.length; k++) {
          if (t.foldStartsWith(j, p[k])) {
            arrive(t, prefixChildren[node][k], first, j, sink);
          }
        }
      }
    }
  }

  private void arrive(Tokens t, int node, int first, int j, Sink sink) {
    int[] out = outputs[node];
    if (out != null) {
      for (int target : out) {
        if (numbersFit(targets[target], t, first)) {
          sink.hit(target, first, j);
        }
      }
    }
    if (j + 1 < t.size && t.brk[j + 1] != Tokens.HARD) {
      step(t, node, first, j + 1, sink);
    }
  }

  private static boolean numbersFit(Target target, Tokens t, int first) {
    for (NumberSlot slot : target.numbers()) {
      double v = t.value[first + slot.offset()];
      if (v < slot.min() || v > slot.max()) {
        return false;
      }
    }
    return true;
  }

  /** Collects phrases, then freezes them into an automaton. */
  static final class Builder {
    private final Map<String, Integer> terms = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final Map<Long, Integer> literal = new HashMap<>();
    private final Map<Integer, Integer> numberEdge = new HashMap<>();
    private final Map<Integer, Integer> wordEdge = new HashMap<>();
    private final Map<Integer, Map<String, Integer>> prefix = new HashMap<>();
    private final Map<Integer, List<Integer>> outputs = new HashMap<>();
    private final Tokenizer plain = new Tokenizer(CharTable.of());
    private int nodes = 1;
    private int maxDepth;
    private int patternIds;

    /**
     * Adds every expansion of {@code pattern} (see {@link PatternSyntax}) with the given meaning.
     *
     * @return the number of phrases added
     */
    int add(String pattern, Role role, int owner, int condition) {
      int patternId = patternIds++;
      int count = 0;
      for (String phrase : PatternSyntax.expand(pattern)) {
        List<Object> atoms = atoms(phrase);
        if (atoms.isEmpty()) {
          continue;
        }
        List<NumberSlot> slots = new ArrayList<>();
        int node = 0;
        for (int k = 0; k < atoms.size(); k++) {
          Object a = atoms.get(k);
          node =
              switch (a) {
                case NumberSlot s -> {
                  slots.add(new NumberSlot(k, s.min(), s.max()));
                  yield numberEdge.computeIfAbsent(node, x -> nodes++);
                }
                case AnyWord w -> wordEdge.computeIfAbsent(node, x -> nodes++);
                case Prefix p -> prefix.computeIfAbsent(node, x -> new LinkedHashMap<>()).computeIfAbsent(p.text(), x -> nodes++);
                case String term -> {
                  int id = terms.computeIfAbsent(term, x -> terms.size());
                  yield literal.computeIfAbsent(((long) node << 32) | id, x -> nodes++);
                }
                default -> throw new IllegalStateException();
              };
        }
        maxDepth = Math.max(maxDepth, atoms.size());
        targets.add(new Target(role, owner, condition, slots.toArray(NumberSlot[]::new), pattern, patternId));
        outputs.computeIfAbsent(node, x -> new ArrayList<>()).add(targets.size() - 1);
        count++;
      }
      return count;
    }

    private record AnyWord() {}

    private record Prefix(String text) {}

    /** A phrase as atoms: folded terms (String), {@link NumberSlot}, {@link AnyWord}, {@link Prefix}. */
    private List<Object> atoms(String phrase) {
      List<Object> atoms = new ArrayList<>();
      for (String chunk : phrase.split(" ")) {
        if (chunk.equals("<w>")) {
          atoms.add(new AnyWord());
        } else if (chunk.equals("<n>")) {
          atoms.add(new NumberSlot(0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        } else if (chunk.startsWith("<n:") && chunk.endsWith(">")) {
          String[] range = chunk.substring(3, chunk.length() - 1).split("-");
          atoms.add(new NumberSlot(0, Double.parseDouble(range[0]), Double.parseDouble(range[1])));
        } else if (chunk.startsWith("<")) {
          throw new IllegalArgumentException("unknown placeholder " + chunk + " in: " + phrase);
        } else if (chunk.endsWith("*") && chunk.length() > 1) {
          atoms.add(new Prefix(ca.threadline.extract.lang.TextFold.fold(chunk.substring(0, chunk.length() - 1))));
        } else {
          Tokens t = plain.tokenize(chunk);
          for (int i = 0; i < t.size; i++) {
            atoms.add(t.fold(i));
          }
        }
      }
      return atoms;
    }

    PhraseAutomaton build() {
      return new PhraseAutomaton(this);
    }
  }

  /** Open-addressing long → int map (absent = -1), frozen after construction. */
  static final class LongIntMap {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    LongIntMap(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
      keys = new long[cap];
      values = new int[cap];
      mask = cap - 1;
      java.util.Arrays.fill(keys, -1L);
    }

    void put(long k, int v) {
      int h = slot(k);
      while (keys[h] != -1L && keys[h] != k) {
        h = (h + 1) & mask;
      }
      keys[h] = k;
      values[h] = v;
    }

    int get(long k) {
      int h = slot(k);
      while (true) {
        long stored = keys[h];
        if (stored == k) {
          return values[h];
        }
        if (stored == -1L) {
          return -1;
        }
        h = (h + 1) & mask;
      }
    }

    private int slot(long k) {
      long h = k * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 31)) & mask;
    }
  }
}
