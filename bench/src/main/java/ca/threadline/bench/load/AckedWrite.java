package ca.threadline.bench.load;

/**
 * A write the server acknowledged (it answered the form post with its 303 redirect): from then
 * on the store must have it, whatever happens to the server.
 *
 * @param user the account that wrote it
 * @param kind {@code note} or {@code tag}
 * @param entityType wire name of the entity type ({@code document}, {@code selector}...)
 * @param entityKey the entity's key, as the page's form carried it
 * @param text the note's body or the tag
 */
record AckedWrite(String user, String kind, String entityType, String entityKey, String text) {}
