package ca.threadline.chain.script;

import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.util.Hashes;
import ca.threadline.chain.util.Hex;
import java.util.Arrays;
import java.util.Optional;
import org.bitcoinj.base.Address;
import org.bitcoinj.base.AddressParser;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;
import org.bitcoinj.base.exceptions.AddressFormatException;

/**
 * Writes and reads address strings for one network, using bitcoinj's Base58Check, Bech32 and
 * Bech32m. Scripts without a standard address get stable pseudo-addresses:
 * {@code multisig:<sha256 of script>} and {@code script:<sha256 of script>} (lower-case hex),
 * so they can be looked up, clustered and traced like any other address.
 */
public final class AddressCodec {
  public static final String MULTISIG_PREFIX = "multisig:";
  public static final String SCRIPT_PREFIX = "script:";
  private final ChainNetwork network;
  private final AddressParser parser;

  public AddressCodec(ChainNetwork network) {
    this.network = network;
    this.parser = AddressParser.getDefault(network.bitcoinj());
  }

  public ChainNetwork network() {
    return network;
  }

  /**
   * The display string of an address. {@code script} is the first script seen for script-keyed
   * kinds (may be {@code null} for others).
   */
  public String format(AddressKind kind, byte[] payload, byte[] script) {
    return switch (kind) {
      case PKH -> LegacyAddress.fromPubKeyHash(network.bitcoinj(), Arrays.copyOf(payload, 20)).toBase58();
      case SH -> LegacyAddress.fromScriptHash(network.bitcoinj(), Arrays.copyOf(payload, 20)).toBase58();
      case WPKH -> SegwitAddress.fromProgram(network.bitcoinj(), 0, Arrays.copyOf(payload, 20)).toBech32();
      case WSH -> SegwitAddress.fromProgram(network.bitcoinj(), 0, payload.clone()).toBech32();
      case TR -> SegwitAddress.fromProgram(network.bitcoinj(), 1, payload.clone()).toBech32();
      case WITNESS_UNKNOWN -> {
        if (script != null && script.length >= 4) {
          try {
            yield SegwitAddress.fromProgram(network.bitcoinj(), (script[0] & 0xff) - 0x50, Arrays.copyOfRange(script, 2, script.length)).toBech32();
          } catch (AddressFormatException e) {
            yield SCRIPT_PREFIX + Hex.encode(payload);
          }
        }
        yield SCRIPT_PREFIX + Hex.encode(payload);
      }
      case MULTISIG -> MULTISIG_PREFIX + Hex.encode(payload);
      case NONSTANDARD -> SCRIPT_PREFIX + Hex.encode(payload);
    };
  }

  /** The dictionary key of an address string, or empty when it is not an address of this network. */
  public Optional<AddressKey> parse(String text) {
    String s = text.strip();
    if (s.startsWith(MULTISIG_PREFIX) || s.startsWith(SCRIPT_PREFIX)) {
      boolean multi = s.startsWith(MULTISIG_PREFIX);
      String hex = s.substring(multi ? MULTISIG_PREFIX.length() : SCRIPT_PREFIX.length()).toLowerCase(java.util.Locale.ROOT);
      if (hex.length() != 64 || !Hex.isHex(hex)) {
        return Optional.empty();
      }
      // A script: pseudo-address may also name a future-version witness program kept as such.
      return Optional.of(new AddressKey(multi ? AddressKind.MULTISIG : AddressKind.NONSTANDARD, Hex.decode(hex)));
    }
    Address a;
    try {
      a = parser.parseAddress(s);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    byte[] payload = new byte[32];
    if (a instanceof LegacyAddress l) {
      System.arraycopy(l.getHash(), 0, payload, 0, 20);
      return Optional.of(new AddressKey(l.p2sh ? AddressKind.SH : AddressKind.PKH, payload));
    }
    if (a instanceof SegwitAddress w) {
      byte[] program = w.getWitnessProgram();
      int version = w.getWitnessVersion();
      if (version == 0 && program.length == 20) {
        System.arraycopy(program, 0, payload, 0, 20);
        return Optional.of(new AddressKey(AddressKind.WPKH, payload));
      }
      if (version == 0 && program.length == 32) {
        return Optional.of(new AddressKey(AddressKind.WSH, program));
      }
      if (version == 1 && program.length == 32) {
        return Optional.of(new AddressKey(AddressKind.TR, program));
      }
      byte[] script = new byte[program.length + 2];
      script[0] = (byte) (0x50 + version);
      script[1] = (byte) program.length;
      System.arraycopy(program, 0, script, 2, program.length);
      new Hashes().sha256(script, 0, script.length, payload, 0);
      return Optional.of(new AddressKey(AddressKind.WITNESS_UNKNOWN, payload));
    }
    return Optional.empty();
  }
}
