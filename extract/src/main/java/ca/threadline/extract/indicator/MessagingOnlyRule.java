package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.List;

/**
 * {@code messaging_app_only}: a job ad reachable only through messaging apps or social handles —
 * no e-mail, no employer website, no street address, and every phone number given as a WhatsApp /
 * Telegram / Signal number ("1(438)555-0184 (WhatsApp)", "wa.me/1587…"). Recruiters who cannot be
 * traced to an employer favour these channels (contact mode is among the suspicious-poster
 * patterns of Zhou, Peng &amp; Ferrara 2024).
 *
 * <p>A phone counts as a messaging number when a {@code messaging_app} cue sits on the same line
 * within {@value #NEAR} characters of it, or a messaging link (wa.me, t.me) touches it.
 */
final class MessagingOnlyRule implements DerivedRule {
  static final int NEAR = 30;

  private final int messaging;
  private final int address;

  MessagingOnlyRule(Lexicon lexicon) {
    messaging = lexicon.cue("messaging_app");
    address = lexicon.cue("street_address");
  }

  @Override
  public String name() {
    return "messaging_only";
  }

  @Override
  public void find(Reading r, IndicatorDefinition definition, List<Indicator> out) {
    if (r.kind != AdKind.JOB || r.has(address)) {
      return;
    }
    Span evidence = null;
    int[] cueHits = r.cueHits(messaging);
    if (cueHits.length > 0) {
      evidence = r.span(r.hits.first[cueHits[0]], r.hits.last[cueHits[0]]);
    }
    for (Selector s : r.selectors) {
      switch (s.type()) {
        case EMAIL -> {
          return;
        }
        case URL -> {
          if (!ContactHosts.isAppOrSocial(s)) {
            return;
          }
          evidence = earlier(evidence, s.span());
        }
        case HANDLE -> evidence = earlier(evidence, s.span());
        case PHONE -> {
          if (!messagingNumber(r, s, cueHits)) {
            return;
          }
        }
        default -> {}
      }
    }
    if (evidence != null && evidence.end() <= r.text.length()) {
      out.add(r.indicator(definition, evidence));
    }
  }

  private static boolean noLineBreak(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    return true;
  }

  private static Span earlier(Span a, Span b) {
    return a == null || b.start() < a.start() ? b : a;
  }

  private static boolean messagingNumber(Reading r, Selector phone, int[] cueHits) {
    Span p = phone.span();
    for (int h : cueHits) {
      Span c = r.span(r.hits.first[h], r.hits.last[h]);
      int gapFrom = Math.min(c.end(), p.end());
      int gapTo = Math.max(c.start(), p.start());
      if (c.overlaps(p) || (gapTo - gapFrom <= NEAR && noLineBreak(r.text, gapFrom, gapTo))) {
        return true;
      }
    }
    for (Selector s : r.selectors) {
      if (ContactHosts.isMessaging(s) && s.span().start() <= p.end() + 1 && p.start() <= s.span().end() + 1) {
        return true;
      }
    }
    return false;
  }
}
