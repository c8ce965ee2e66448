package ca.threadline.testkit.chain;

import java.util.Arrays;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.Network;
import org.bitcoinj.base.SegwitAddress;

/**
 * A synthetic address: its output script, its owner, and its display string as Threadline's
 * contract writes it (P2PK under the P2PKH address of its key; bare multisig and non-standard
 * scripts as {@code multisig:}/{@code script:} + SHA-256 of the script).
 */
final class GenAddress {
  enum Type { P2PK, P2PKH, P2SH, P2WPKH, P2WSH, P2TR, WITNESS_V2, MULTISIG, NONSTANDARD }

  final Type type;
  final byte[] script;
  /** The key of a P2PK output (its P2PKH twin shares the address). */
  final byte[] pubkey;
  final String owner;
  private String text;

  GenAddress(Type type, byte[] script, byte[] pubkey, String owner) {
    this.type = type;
    this.script = script;
    this.pubkey = pubkey;
    this.owner = owner;
  }

  boolean segwitSpend() {
    return type == Type.P2WPKH || type == Type.P2WSH || type == Type.P2TR || type == Type.P2SH || type == Type.WITNESS_V2;
  }

  String text(Network net) {
    if (text == null) {
      text = switch (type) {
        case P2PK -> LegacyAddress.fromPubKeyHash(net, GenHash.hash160(pubkey)).toBase58();
        case P2PKH -> LegacyAddress.fromPubKeyHash(net, Arrays.copyOfRange(script, 3, 23)).toBase58();
        case P2SH -> LegacyAddress.fromScriptHash(net, Arrays.copyOfRange(script, 2, 22)).toBase58();
        case P2WPKH -> SegwitAddress.fromProgram(net, 0, Arrays.copyOfRange(script, 2, 22)).toBech32();
        case P2WSH -> SegwitAddress.fromProgram(net, 0, Arrays.copyOfRange(script, 2, 34)).toBech32();
        case P2TR -> SegwitAddress.fromProgram(net, 1, Arrays.copyOfRange(script, 2, 34)).toBech32();
        case WITNESS_V2 -> SegwitAddress.fromProgram(net, 2, Arrays.copyOfRange(script, 2, script.length)).toBech32();
        case MULTISIG -> "multisig:" + GenHash.hex(GenHash.sha256(script));
        case NONSTANDARD -> "script:" + GenHash.hex(GenHash.sha256(script));
      };
    }
    return text;
  }
}
