package ca.threadline.extract.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.FinderProbe;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EthFinderTest {
  // The test cases of EIP-55 itself: all caps, all lower, and mixed-case checksummed addresses.
  private static final String[] EIP55 = {
    "0x52908400098527886E0F7030069857D2E4169EE7",
    "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
    "0xde709f2102306220921060314715629080e2fb77",
    "0x27b1fdb04752bbc536007a920d24acb045561c26",
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
  };

  private final FinderProbe probe = new FinderProbe(new EthFinder());

  @Test
  void eip55VectorsAreAcceptedAndLowerCased() {
    for (String a : EIP55) {
      assertThat(probe.values("ETH " + a)).as(a).containsExactly(a.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void checksumOfTheMixedCaseVectorsIsReproduced() {
    for (String a : EIP55) {
      String hex = a.substring(2);
      boolean mixed = !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
      if (mixed) {
        assertThat(Eip55.checksum(hex.toLowerCase(Locale.ROOT))).isEqualTo(hex);
      }
    }
  }

  @Test
  void oneLetterWithTheWrongCaseBreaksTheChecksum() {
    assertThat(probe.values("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")).isEmpty();
    assertThat(probe.values("ignore old typo 0xc3CD5B95F77a04c64611D203af5bF943E6ea85Fe")).isEmpty();
  }

  @Test
  void lengthAndBoundariesMatter() {
    assertThat(probe.values("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae")).isEmpty(); // 39 digits
    assertThat(probe.values("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed0")).isEmpty(); // 41 digits
    assertThat(probe.values("tx 0xd56eb14fc734d1dd37b5a68a9aca4beafa2e6355d56eb14fc734d1dd37b5a68a")).isEmpty(); // a hash
    assertThat(probe.values("ETH:0xd56eb14fc734d1dd37b5a68a9aca4beafa2e6355.")).containsExactly("0xd56eb14fc734d1dd37b5a68a9aca4beafa2e6355");
  }

  @Test
  void spanCoversTheWrittenAddress() {
    String text = "send to 0x4334C587136D98dd099494289446EdC92A6eE46D now";
    assertThat(probe.find(text)).singleElement().satisfies(s -> {
      assertThat(s.span().of(text)).isEqualTo("0x4334C587136D98dd099494289446EdC92A6eE46D");
      assertThat(s.value()).isEqualTo("0x4334c587136d98dd099494289446edc92a6ee46d");
    });
  }
}
