package ca.threadline.chain.script;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.util.Hashes;
import ca.threadline.chain.util.Hex;
import org.junit.jupiter.api.Test;

class AddressCodecTest {
  private final AddressCodec main = new AddressCodec(ChainNetwork.MAINNET);

  private String viaScript(String scriptHex) {
    byte[] s = Hex.decode(scriptHex);
    ScriptType t = OutputScripts.classify(s, 0, s.length);
    byte[] p = new byte[32];
    OutputScripts.payload(t, s, 0, s.length, new Hashes(), p, 0);
    return main.format(t.addressKind(), p, t.addressKind().scriptKeyed() ? s : null);
  }

  @Test
  void bip173And350VectorsRoundTrip() {
    // BIP 173: P2WPKH and P2WSH; BIP 350: P2TR (v1) and a v16 program (witness_unknown).
    assertThat(viaScript("0014751e76e8199196d454941c45d1b3a323f1433bd6")).isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    assertThat(viaScript("00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262")).isEqualTo("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3");
    assertThat(viaScript("512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798")).isEqualTo("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0");
    assertThat(viaScript("6002751e")).isEqualTo("bc1sw50qgdz25j");
    for (String a : new String[] {"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "bc1sw50qgdz25j", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"}) {
      AddressKey k = main.parse(a).orElseThrow();
      assertThat(k).isNotNull();
    }
    assertThat(main.parse("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")).as("bad checksum").isEmpty();
    assertThat(main.parse("tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx")).as("other network").isEmpty();
  }

  @Test
  void p2pkIsFiledUnderItsP2pkhAddressAndOddScriptsGetPseudoAddresses() {
    // Genesis coinbase output key -> 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa.
    assertThat(viaScript("4104678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5fac"))
        .isEqualTo("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa");
    String multisig = viaScript("5121" + "02" + "11".repeat(32) + "21" + "03" + "22".repeat(32) + "52ae");
    assertThat(multisig).startsWith("multisig:");
    assertThat(main.parse(multisig).orElseThrow().kind()).isEqualTo(AddressKind.MULTISIG);
    String odd = viaScript("aa20" + "33".repeat(32) + "87");
    assertThat(odd).startsWith("script:").hasSize(7 + 64);
    assertThat(OutputScripts.classify(new byte[] {0x6a, 0x01, 0x00}, 0, 3)).isEqualTo(ScriptType.OP_RETURN);
    assertThat(OutputScripts.classify(new byte[0], 0, 0)).isEqualTo(ScriptType.NONSTANDARD);
  }
}
