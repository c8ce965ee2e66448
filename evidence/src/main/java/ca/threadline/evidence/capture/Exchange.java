package ca.threadline.evidence.capture;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One HTTP request and its response exactly as they crossed the wire: the request bytes sent, the
 * response bytes received (in a staging file), where they went (the address connected to, every
 * address the name resolved to, the TLS session), when, and whether the response was cut short.
 *
 * @param truncated null, or "length" / "time" (ISO 28500 WARC-Truncated values)
 */
public record Exchange(
    URI uri,
    byte[] request,
    Path response,
    long responseSize,
    InetAddress ip,
    List<InetAddress> resolved,
    Instant started,
    Instant finished,
    ObjectNode tls,
    String truncated) {}
