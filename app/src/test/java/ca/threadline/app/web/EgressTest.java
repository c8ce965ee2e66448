package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.ChildJvm;
import ca.threadline.app.CliRun;
import ca.threadline.evidence.testing.LocalSite;
import ca.threadline.evidence.testing.LocalTsa;
import ca.threadline.testkit.files.SyntheticFiles;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing leaves the machine but requests to capture targets and the configured time-stamping
 * authority (ARCHITECTURE.md, security model). Runs {@code threadline evidence configure},
 * {@code threadline capture --requisites [--screenshot]}, {@code threadline export dossier} to PDF
 * (when Chromium is installed) and {@code threadline serve} as child
 * JVMs under {@code strace -f} (which follows Chromium and every process it starts), with every
 * {@code connect}, {@code sendto}, {@code sendmsg} and {@code sendmmsg} recorded, and checks each
 * destination against what that command may reach:
 *
 * <ul>
 *   <li>{@code AF_INET}/{@code AF_INET6} only to the loopback address, and only to the ports of the
 *       capture target (the local web site) and the time-stamping authority — for {@code serve},
 *       to none at all (it only accepts). Sockets are told apart with {@code strace -yy}: a TCP
 *       {@code connect} sends a SYN and is checked; a UDP {@code connect} sends nothing (Chromium
 *       connects a UDP socket to 2001:4860:4860::8888 to learn whether IPv6 is routable, and reads
 *       the local address back), so UDP is checked where data is sent, at every
 *       {@code sendto}/{@code sendmsg}/{@code sendmmsg} (the explicit address, or the peer the
 *       socket is connected to); sends on a TCP stream go to the peer checked at its connect, or
 *       to a client that connected to us. Port 0 on loopback is allowed (nothing can be sent
 *       there). Anything else — a DNS resolver, 0.0.0.0, an outside address — fails the test with
 *       the strace line.
 *   <li>{@code AF_UNIX}: local inter-process sockets (Chromium's own processes, D-Bus), except the
 *       name service daemons that would resolve names over the network for the caller (nscd,
 *       systemd-resolved), which fail the test like a DNS packet would once connected (a refused
 *       connect carries nothing: the JVM's user-name lookup tries nscd first).
 *   <li>{@code AF_NETLINK}: requests to the kernel (routing and interface tables); they never leave
 *       the host. {@code AF_UNSPEC}: a {@code connect} that dissolves a datagram socket's
 *       association; no traffic.
 * </ul>
 *
 * Chromium's screenshot runs without a DevTools port (it is told {@code --screenshot}), so no
 * port is allowed for it. The test's own HTTP client (workbench sign-in, search, pages) runs in
 * the test JVM, which is not traced. Without strace the test is skipped, or fails when
 * {@code THREADLINE_REQUIRE_SERVICES=1}.
 */
class EgressTest {
  private static final Pattern FAMILY = Pattern.compile("sa_family=(AF_[A-Z0-9]+)");
  private static final Pattern INET = Pattern.compile("sa_family=AF_INET, sin_port=htons\\((\\d+)\\), sin_addr=inet_addr\\(\"([^\"]+)\"\\)");
  private static final Pattern INET6 = Pattern.compile("sa_family=AF_INET6, sin6_port=htons\\((\\d+)\\),.*?inet_pton\\(AF_INET6, \"([^\"]+)\"");
  private static final Pattern UNIX = Pattern.compile("sa_family=AF_UNIX, sun_path=(@?\"[^\"]*\")");
  /** The call and, with {@code strace -yy}, its socket's protocol and endpoints: {@code sendto(4<UDP:[a:1->b:2]>, ...}. */
  private static final Pattern CALL = Pattern.compile("\\b(connect|sendto|sendmsg|sendmmsg)\\(\\d+(?:<([A-Za-z0-9]+):\\[(.*?)\\]>)?");
  private static final Pattern PEER = Pattern.compile("->\\[?([0-9A-Fa-f:.]+?)\\]?:(\\d+)$");
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "::ffff:127.0.0.1");
  private static final List<String> NAME_SERVICES = List.of("nscd", "systemd/resolve", "resolved");

  @TempDir Path dir;

  @Test
  void captureAndTheWorkbenchReachNothingButTheTargetAndTheTimestampAuthority() throws Exception {
    Path strace = Path.of("/usr/bin/strace");
    if (!Files.isExecutable(strace)) {
      String why = "the egress test needs strace (apt-get install strace)";
      if ("1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"))) {
        Assertions.fail(why);
      }
      Assumptions.assumeTrue(false, why);
    }
    boolean chromium = Files.isExecutable(Path.of("/usr/bin/chromium"));
    Path home = dir.resolve("home");
    List<String> report = new ArrayList<>();
    try (LocalTsa tsa = LocalTsa.start(); LocalSite site = new LocalSite()) {
      site.put("/ad", LocalSite.Page.ok("text/html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Spa Lumière</title>"
              + "<link rel=\"stylesheet\" href=\"/s.css\"></head><body><h1>Spa Lumière</h1>"
              + "<p>New girls every week. Call 416-555-0166, ask for Nadia. Toronto downtown.</p>"
              + "<img src=\"/p.png\" alt=\"photo\"><img src=\"/q.jpg\" alt=\"photo 2\"></body></html>").getBytes(StandardCharsets.UTF_8)))
          .put("/ad2", LocalSite.Page.ok("text/html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Nadia</title>"
              + "<link rel=\"stylesheet\" href=\"/s.css\"></head><body><h1>Nadia, new in Ottawa</h1>"
              + "<p>Sweet and discreet. Text 416-555-0166 for appointments.</p><img src=\"/p.png\" alt=\"photo\"></body></html>")
              .getBytes(StandardCharsets.UTF_8)))
          .put("/s.css", LocalSite.Page.ok("text/css", "h1{color:#333} body{background:url(/bg.png)}".getBytes(StandardCharsets.UTF_8)))
          .put("/p.png", LocalSite.Page.ok("image/png", SyntheticFiles.png(1, 40, 40)))
          .put("/bg.png", LocalSite.Page.ok("image/png", SyntheticFiles.png(2, 20, 20)))
          .put("/q.jpg", LocalSite.Page.ok("image/jpeg", SyntheticFiles.jpeg(3, 40, 40)));
      int sitePort = site.url("/").getPort();
      int tsaPort = tsa.url().getPort();
      Path ca = dir.resolve("tsa-ca.pem");
      Files.writeString(ca, tsa.caPem());
      String password = "egress-test-passphrase";
      CliRun user = CliRun.run(password + "\n", "user", "add", "admin", "--role", "admin", "--password-stdin", "--home", home.toString());
      assertThat(user.exitCode()).as(user.err()).isZero();

      Path configureTrace = dir.resolve("configure.strace");
      try (ChildJvm c = traced(strace, configureTrace, "evidence", "configure", "--home", home.toString(),
          "--tsa-url", tsa.url().toString(), "--tsa-ca", ca.toString(), "--operator", "Det. Egress")) {
        assertThat(c.await(300)).as(c.stderr()).isZero();
      }
      report.add(check("evidence configure", configureTrace, Set.of(tsaPort)));

      Path captureTrace = dir.resolve("capture.strace");
      List<String> capture = new ArrayList<>(List.of("capture", site.url("/ad").toString(), site.url("/ad2").toString(), "--case", "Egress", "--requisites", "--home", home.toString()));
      if (chromium) {
        capture.add("--screenshot");
      }
      int tsaBefore = tsa.requests();
      try (ChildJvm c = traced(strace, captureTrace, capture.toArray(String[]::new))) {
        assertThat(c.await(600)).as(c.stderr()).isZero();
      }
      assertThat(tsa.requests()).as("the capture's checkpoint was time-stamped").isGreaterThan(tsaBefore);
      assertThat(site.requests()).extracting(LocalSite.Request::path).contains("/ad", "/s.css", "/p.png", "/q.jpg");
      report.add(check("capture" + (chromium ? " --screenshot" : ""), captureTrace, Set.of(sitePort, tsaPort)));
      if (chromium) {
        assertThat(Files.readString(captureTrace)).as("Chromium ran under the trace").contains("chromium");
      }

      if (chromium) {
        // the dossier PDF is printed by Chromium from a local file: it may reach nothing; the
        // export is an act in the custody log, whose checkpoint is time-stamped
        Path pdfTrace = dir.resolve("dossier.strace");
        Path pdf = dir.resolve("dossier.pdf");
        try (ChildJvm c = traced(strace, pdfTrace, "export", "dossier", "--case", "Egress", "--out", pdf.toString(), "--home", home.toString())) {
          assertThat(c.await(600)).as(c.stderr()).isZero();
        }
        assertThat(pdf).isNotEmptyFile();
        report.add(check("export dossier (PDF)", pdfTrace, Set.of(tsaPort)));
      }

      Path serveTrace = dir.resolve("serve.strace");
      try (ChildJvm server = traced(strace, serveTrace, "serve", "--port", "0", "--home", home.toString())) {
        String line = server.awaitLine(l -> l.contains("workbench at http://"), 180_000);
        assertThat(line).as(server.stderr()).isNotNull();
        Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
        assertThat(m.find()).isTrue();
        browse(new WebClient(Integer.parseInt(m.group(1))), password);
        // SIGTERM to the JVM (strace's child): the server stops cleanly and strace writes all it saw
        server.process().descendants().forEach(ProcessHandle::destroy);
        server.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
      }
      report.add(check("serve", serveTrace, Set.of()));
    }
    report.forEach(r -> System.out.println("EgressTest: " + r));
  }

  @Test
  void theCheckFlagsResolversOutsideAddressesOtherPortsAndNameServices() {
    Set<Integer> ports = Set.of(8123);
    assertThat(problem("1234  connect(5, {sa_family=AF_INET, sin_port=htons(8123), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0", ports)).isNull();
    assertThat(problem("1234  connect(5, {sa_family=AF_INET6, sin6_port=htons(8123), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0", ports)).isNull();
    assertThat(problem("1234  connect(7, {sa_family=AF_UNIX, sun_path=\"/run/dbus/system_bus_socket\"}, 110) = -1 ENOENT", ports)).isNull();
    assertThat(problem("1234  sendto(9, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR}], 20, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 20", ports)).isNull();
    assertThat(problem("1234  sendto(9, \"x\", 1, 0, NULL, 0) = 1", ports)).isNull();
    assertThat(problem("1234  connect(5, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"10.0.0.2\")}, 16) = 0", ports)).contains("not loopback");
    assertThat(problem("1234  connect(5, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr(\"0.0.0.0\")}, 16) = 0", ports)).contains("not loopback");
    assertThat(problem("1234  connect(5, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2001:db8::1\", &sin6_addr), sin6_scope_id=0}, 28 <unfinished ...>", ports)).contains("not loopback");
    assertThat(problem("1234  connect(5, {sa_family=AF_INET, sin_port=htons(9222), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0", ports)).contains("port 9222");
    assertThat(problem("1234  sendmsg(5, {msg_name={sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr(\"192.0.2.53\")}, msg_namelen=16}, 0) = 40", ports)).contains("not loopback");
    assertThat(problem("1234  connect(6, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = 0", ports)).contains("name lookup");
    assertThat(problem("1234  connect(6, {sa_family=AF_UNIX, sun_path=\"/var/run/nscd/socket\"}, 110) = -1 ENOENT (No such file or directory)", ports)).isNull();
    assertThat(problem("1234  connect(23<UDPv6:[941267]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2001:4860:4860::8888\", &sin6_addr), sin6_scope_id=0}, 28) = 0", ports)).isNull();
    assertThat(problem("1234  connect(23<TCPv6:[941267]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"2001:4860:4860::8888\", &sin6_addr), sin6_scope_id=0}, 28) = 0", ports)).contains("not loopback");
    assertThat(problem("1234  sendmmsg(3<UDP:[10.0.0.5:41098->10.0.0.2:53]>, [{msg_hdr={msg_name=NULL}}], 2, MSG_NOSIGNAL) = 2", ports)).contains("10.0.0.2:53");
    assertThat(problem("1234  sendto(4<UDPv6:[[::1]:41098->[::1]:8123]>, \"x\", 1, 0, NULL, 0) = 1", ports)).isNull();
    assertThat(problem("1234  sendto(4<TCP:[127.0.0.1:8123->127.0.0.1:55555]>, \"x\", 1, 0, NULL, 0) = 1", ports)).isNull();
    assertThat(problem("1234  connect(6, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL)}, 20) = 0", ports)).contains("AF_PACKET");
  }

  /** Signs in, lists cases, opens the case, searches, opens a document and its image. */
  private static void browse(WebClient c, String password) {
    HttpResponse<String> login = c.signIn("admin", password);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
    HttpResponse<String> cases = c.get("/cases");
    assertThat(cases.statusCode()).isEqualTo(200);
    Matcher cm = Pattern.compile("/cases/(\\d+)").matcher(cases.body());
    assertThat(cm.find()).as(cases.body()).isTrue();
    String caseId = cm.group(1);
    assertThat(c.get("/cases/" + caseId).statusCode()).isEqualTo(200);
    HttpResponse<String> search = c.get("/cases/" + caseId + "/search?q=Nadia");
    assertThat(search.statusCode()).isEqualTo(200);
    Matcher dm = Pattern.compile("/cases/" + caseId + "/documents/(\\d+)").matcher(search.body());
    assertThat(dm.find()).as("the captured page is found: %s", search.body()).isTrue();
    HttpResponse<String> doc = c.get("/cases/" + caseId + "/documents/" + dm.group(1));
    assertThat(doc.statusCode()).isEqualTo(200);
    assertThat(doc.body()).contains("416-555-0166");
    Matcher im = Pattern.compile("(/cases/" + caseId + "/documents/\\d+/images/[0-9a-f]{64})").matcher(doc.body());
    if (im.find()) {
      assertThat(c.getBytes(im.group(1)).statusCode()).isEqualTo(200);
    }
  }

  private static ChildJvm traced(Path strace, Path out, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(strace.toString(), "-f", "-qq", "-yy", "-e", "signal=none",
        "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-o", out.toString()));
    cmd.addAll(ChildJvm.command(List.of("-Djava.awt.headless=true"), List.of(args)));
    return ChildJvm.start(cmd, null);
  }

  /**
   * Checks every recorded destination; returns a summary. Fails with the offending strace lines.
   * Package-private for the parser's own test.
   */
  static String check(String what, Path trace, Set<Integer> allowedPorts) throws Exception {
    List<String> bad = new ArrayList<>();
    int inet = 0;
    int unix = 0;
    int kernel = 0;
    int calls = 0;
    for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
      if (!line.matches(".*\\b(connect|sendto|sendmsg|sendmmsg)\\(.*")) {
        continue;
      }
      calls++;
      String problem = problem(line, allowedPorts);
      if (problem != null) {
        bad.add(problem + ": " + line);
      } else if (line.contains("AF_INET")) {
        inet++;
      } else if (line.contains("AF_UNIX")) {
        unix++;
      } else if (line.contains("AF_NETLINK")) {
        kernel++;
      }
    }
    assertThat(bad).as("%s sent to destinations it may not reach (allowed: loopback ports %s)", what, allowedPorts).isEmpty();
    return String.format("%s: %d calls traced; %d to allowed loopback ports %s, %d local sockets, %d to the kernel, none elsewhere",
        what, calls, inet, allowedPorts, unix, kernel);
  }

  private static String inet(String addr, int port, Set<Integer> allowedPorts) {
    if (!LOOPBACK.contains(addr)) {
      return "not loopback (" + addr + ":" + port + ")";
    }
    if (port != 0 && !allowedPorts.contains(port)) {
      return "loopback port " + port + " is neither the capture target nor the timestamp authority";
    }
    return null;
  }

  /** Why one strace line is egress that is not allowed, or null when it is allowed. */
  static String problem(String line, Set<Integer> allowedPorts) {
    Matcher call = CALL.matcher(line);
    if (call.find() && call.group(2) != null) {
      String protocol = call.group(2);
      boolean datagram = protocol.startsWith("UDP");
      if (call.group(1).equals("connect") && datagram) {
        return null; // a datagram socket's connect sends nothing; its sends are checked below
      }
      if (!call.group(1).equals("connect") && protocol.startsWith("TCP")) {
        return null; // a stream's peer was checked at its connect, or connected to us (accept)
      }
      if (!call.group(1).equals("connect") && datagram && !line.contains("sa_family=")) {
        Matcher peer = PEER.matcher(call.group(3));
        if (!peer.find()) {
          return "datagram to a peer strace does not show (a DNS query?)";
        }
        return inet(peer.group(1), Integer.parseInt(peer.group(2)), allowedPorts);
      }
    }
    Matcher f = FAMILY.matcher(line);
    while (f.find()) {
      String family = f.group(1);
      String rest = line.substring(f.start());
      switch (family) {
        case "AF_INET", "AF_INET6" -> {
          Matcher m = (family.equals("AF_INET") ? INET : INET6).matcher(rest);
          if (!m.lookingAt() && !m.find()) {
            return "unparsed " + family + " address";
          }
          String why = inet(m.group(2), Integer.parseInt(m.group(1)), allowedPorts);
          if (why != null) {
            return why;
          }
        }
        case "AF_UNIX" -> {
          Matcher m = UNIX.matcher(rest);
          String path = m.lookingAt() || m.find() ? m.group(1) : "";
          boolean refused = line.matches(".*\\) = -1 (ENOENT|ECONNREFUSED|EACCES).*");
          for (String ns : NAME_SERVICES) {
            // a refused connect carries nothing (the JVM's user-name lookup tries nscd first)
            if (path.contains(ns) && !refused) {
              return "a name lookup through " + path + " (resolves names over the network)";
            }
          }
        }
        case "AF_NETLINK", "AF_UNSPEC" -> {
          // the kernel; a datagram socket's association dissolved
        }
        default -> {
          return "address family " + family;
        }
      }
    }
    return null;
  }
}
