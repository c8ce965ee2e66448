package ca.threadline.evidence.capture;

import java.util.List;

/**
 * The command-line switches that keep headless Chromium from talking to anyone but the page it
 * renders (capture screenshots, dossier PDFs). Nothing leaves the machine except requests to
 * capture targets and the configured time-stamping authority (ARCHITECTURE.md).
 *
 * <p>Why both kinds: the service switches ({@code --disable-background-networking},
 * {@code --disable-component-update}, ...) stop most background traffic, but the new headless
 * mode (the only one since Chromium 132) is the full browser, and measured under {@code strace}
 * (EgressTest) Chromium 150 still resolved {@code www.google.com}, {@code accounts.google.com} and
 * {@code clients2.google.com} at start-up with all of them given. So the host names of Google's
 * browser services are also mapped to "not found" in Chromium's own resolver: no DNS query, no
 * connection. A captured page that itself loads from one of these hosts is drawn without that
 * part (the capture's WARC, fetched without Chromium, still holds it). The page's own hosts are
 * not restricted: they are the capture target.
 */
public final class ChromiumFlags {
  /** Host patterns of Chromium's and Google's browser services (sign-in, sync, updates, safe browsing, push, hints, time, variations). */
  static final List<String> SERVICE_HOSTS = List.of(
      "www.google.com", "accounts.google.com", "clients*.google.com", "*.clients.google.com", "mtalk.google.com",
      "tools.google.com", "dl.google.com", "update.googleapis.com", "www.googleapis.com", "safebrowsing*.googleapis.com",
      "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com", "clientservices.googleapis.com",
      "*.gvt1.com", "*.gvt2.com", "*.gvt3.com", "google.com", "googleapis.com");

  private ChromiumFlags() {}

  /** Switches for a headless run with a throw-away profile: no background service, no Google host reachable. */
  public static List<String> quiet() {
    StringBuilder rules = new StringBuilder();
    for (String h : SERVICE_HOSTS) {
      rules.append(rules.isEmpty() ? "" : ", ").append("MAP ").append(h).append(" ~NOTFOUND");
    }
    return List.of(
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-breakpad",
        "--disable-crash-reporter",
        "--disable-default-apps",
        "--disable-extensions",
        "--disable-client-side-phishing-detection",
        "--safebrowsing-disable-auto-update",
        "--disable-domain-reliability",
        "--disable-field-trial-config",
        "--dns-prefetch-disable",
        "--no-pings",
        "--metrics-recording-only",
        "--password-store=basic",
        "--use-mock-keychain",
        "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,"
            + "CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,InterestFeedContentSuggestions",
        "--host-resolver-rules=" + rules);
  }
}
