package ca.threadline.extract.indicator;

import java.util.Arrays;

/** Phrase matches of one record, as parallel int arrays: target, first token, last token. */
final class Hits implements PhraseAutomaton.Sink {
  int size;
  int[] target = new int[16];
  int[] first = new int[16];
  int[] last = new int[16];

  @Override
  public void hit(int t, int f, int l) {
    if (size == target.length) {
      target = Arrays.copyOf(target, size * 2);
      first = Arrays.copyOf(first, size * 2);
      last = Arrays.copyOf(last, size * 2);
    }
    target[size] = t;
    first[size] = f;
    last[size] = l;
    size++;
  }
}
