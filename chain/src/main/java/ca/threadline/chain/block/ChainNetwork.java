package ca.threadline.chain.block;

import ca.threadline.chain.util.Le;
import java.util.Locale;
import java.util.Optional;
import org.bitcoinj.base.BitcoinNetwork;

/**
 * The Bitcoin networks whose block files Threadline reads, told apart by the 4-byte magic that
 * starts every record of a {@code blk*.dat} file ({@code pchMessageStart} in Bitcoin Core's
 * chainparams). The network also fixes how addresses are written.
 */
public enum ChainNetwork {
  MAINNET(0xd9b4bef9, BitcoinNetwork.MAINNET),
  TESTNET3(0x0709110b, BitcoinNetwork.TESTNET),
  TESTNET4(0x283f161c, BitcoinNetwork.TESTNET),
  SIGNET(0x40cf030a, BitcoinNetwork.SIGNET),
  REGTEST(0xdabfbffa, BitcoinNetwork.REGTEST);

  private final int magic;
  private final BitcoinNetwork bitcoinj;

  ChainNetwork(int magic, BitcoinNetwork bitcoinj) {
    this.magic = magic;
    this.bitcoinj = bitcoinj;
  }

  /** The magic as read little-endian from the first 4 bytes of a record. */
  public int magic() {
    return magic;
  }

  public byte[] magicBytes() {
    byte[] b = new byte[4];
    Le.put32(b, 0, magic);
    return b;
  }

  public BitcoinNetwork bitcoinj() {
    return bitcoinj;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChainNetwork> ofMagic(int magic) {
    for (ChainNetwork n : values()) {
      if (n.magic == magic) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  public static ChainNetwork ofWire(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
