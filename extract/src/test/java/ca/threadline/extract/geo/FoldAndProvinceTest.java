package ca.threadline.extract.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldAndProvinceTest {
  @Test
  void foldingRemovesCaseAndAccents() {
    assertThat(Fold.of("Montréal Lévis Trois-Rivières ÎLE Œuvre Sept-Îles Çà")).isEqualTo("montreal levis trois-rivieres ile oeuvre sept-iles ca");
    assertThat(Fold.of("St. John’s")).isEqualTo("st. john's");
    assertThat(Fold.of("Ÿ")).isEqualTo("y");
    assertThat(Fold.of("Москва")).isEqualTo("москва");
  }

  @Test
  void qualifiersAfterAName() {
    String t = "Victoria, B.C. / Sherbrooke QC / Trois-Rivières (Qc) / Saint John, New Brunswick / Laval Québec";
    assertThat(ProvinceMention.after(t, t.indexOf(",")).province()).isEqualTo(Province.BC);
    ProvinceMention.Match qc = ProvinceMention.after(t, t.indexOf(" QC"));
    assertThat(qc.province()).isEqualTo(Province.QC);
    assertThat(qc.strong()).isFalse(); // a bare upper-case code may be a word
    assertThat(ProvinceMention.after(t, t.indexOf(" (Qc)")).strong()).isTrue();
    assertThat(ProvinceMention.after(t, t.indexOf(", New")).province()).isEqualTo(Province.NB);
    assertThat(ProvinceMention.after(t, t.indexOf(" Québec")).province()).isEqualTo(Province.QC);
  }

  @Test
  void wordsThatLookLikeCodesAreNotQualifiers() {
    assertThat(ProvinceMention.after("Toronto man", 7)).isNull();
    assertThat(ProvinceMention.after("Laval que je", 5)).isNull();
    assertThat(ProvinceMention.after("Ottawa on Sunday", 6)).isNull();
    assertThat(ProvinceMention.after("TorontoON", 7)).isNull();
  }

  @Test
  void foreignQualifiers() {
    assertThat(ProvinceMention.after("London, UK", 6).foreign()).isTrue();
    assertThat(ProvinceMention.after("Hamilton, OH", 8).foreign()).isTrue();
    assertThat(ProvinceMention.after("Kingston, Jamaica", 8).foreign()).isTrue();
  }

  @Test
  void provincesMentionedAnywhere() {
    assertThat(ProvinceMention.mentioned("girl from Newfoundland, now in Nova Scotia")).containsExactly(Province.NL, Province.NS);
    assertThat(ProvinceMention.mentioned("OPEN ON SUNDAY, N.B. bring cash")).isEmpty();
  }
}
