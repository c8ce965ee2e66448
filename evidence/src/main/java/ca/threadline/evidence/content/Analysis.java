package ca.threadline.evidence.content;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What Threadline read from one item's bytes.
 *
 * @param mediaType the sniffed media type
 * @param kind the item kind it implies: image, pdf, html, text or file
 * @param text the text to run extraction on, or null when the item has none
 * @param meta facts to record with the item (EXIF, page count, title, charset)
 * @param problem why the bytes could not be read as their type, or null
 */
public record Analysis(String mediaType, String kind, String text, ObjectNode meta, String problem) {}
