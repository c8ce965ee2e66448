package ca.threadline.store.document;

import ca.threadline.core.text.Span;

/** An indicator as stored for a document: the rule, its weight and source, and the words that fired it. */
public record StoredIndicator(
    String code, String domain, double weight, String strength, String source, String evidence, Span span) {}
