package ca.threadline.app.export;

import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.evidence.item.Item;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.link.NetworkPage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a network dossier shows, gathered through the case store (as the acting user: every
 * read checked and audited) and the custody log.
 *
 * @param documents the network's documents shown as exhibits, newest first (all of them, or the
 *     newest {@code documentLimit} of a very large network)
 * @param items evidence items of the case by SHA-256 (a document's source item)
 * @param blobs where the blob store is, for images
 */
record DossierData(
    String caseName,
    NetworkPage network,
    List<DocumentView> documents,
    Map<String, List<Item>> items,
    Map<String, IndicatorDefinition> indicators,
    Custody custody,
    Redaction redaction,
    boolean revealImages,
    Path blobs,
    String user,
    String version,
    Instant generatedAt) {}
