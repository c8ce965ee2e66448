package ca.threadline.store.document;

import ca.threadline.core.text.Span;
import java.util.List;

/** A selector as stored for a document, with its span in the document's text. */
public record StoredSelector(String key, String type, String value, Span span, List<String> obfuscation, String currency) {}
