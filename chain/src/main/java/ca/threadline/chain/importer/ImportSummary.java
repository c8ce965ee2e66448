package ca.threadline.chain.importer;

/**
 * What one import did.
 *
 * @param blocksAdded blocks appended to the best chain
 * @param blocksRolledBack blocks removed because a heavier branch replaced them
 * @param headersSeen new block headers found in the files (stale and orphan ones included)
 * @param orphans headers that connect to no genesis block
 * @param staleBlocks known headers not on the best chain (stale branches)
 */
public record ImportSummary(
    String network,
    long blocksAdded,
    long blocksRolledBack,
    long txsAdded,
    long headersSeen,
    long orphans,
    long staleBlocks,
    long height,
    String tip,
    long txCount,
    long addressCount,
    long unresolvedInputs,
    double seconds) {}
