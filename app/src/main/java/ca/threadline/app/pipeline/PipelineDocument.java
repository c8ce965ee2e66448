package ca.threadline.app.pipeline;

import ca.threadline.link.engine.AdRecord;
import ca.threadline.store.document.DocumentInput;

/**
 * One evidence item with text, as the pipeline carries it on: the case store's document and the
 * linking engine's record of the same thing (same id, text and selectors).
 *
 * @param source where the item came from (a URL, a file path with its line), for messages
 */
public record PipelineDocument(String itemId, String source, DocumentInput input, AdRecord linkRecord) {}
