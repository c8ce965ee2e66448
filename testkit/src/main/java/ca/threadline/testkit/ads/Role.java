package ca.threadline.testkit.ads;

/** A job title in both languages, singular and plural. */
record Role(String sector, String enSingular, String enPlural, String frSingular, String frPlural) {
  String singular(NumberLanguage lang) {
    return lang == NumberLanguage.EN ? enSingular : frSingular;
  }

  String plural(NumberLanguage lang) {
    return lang == NumberLanguage.EN ? enPlural : frPlural;
  }
}
