package ca.threadline.chain.block;

/**
 * Where a block sits: file number {@code N} of {@code blkNNNNN.dat}, the byte offset of the
 * block data (after the 8-byte magic and length), and its length.
 */
public record BlockRecord(int file, long offset, int length) {}
