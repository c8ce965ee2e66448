package ca.threadline.app.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the FollowTheMoney model Threadline writes, from the schema files of
 * {@code alephdata/followthemoney} ({@code followthemoney/schema/*.yaml}; see
 * {@code shared/research/osint-anchors.md} §1.3–1.4): each schema's properties with those it
 * inherits, and its required properties (inherited too: {@code Thing} requires {@code name}).
 * Every entity is checked against it before it is written, so a typo cannot reach another tool.
 */
final class FtmSchema {
  private static final List<String> THING = List.of("name", "summary", "description", "country", "alias", "previousName", "weakAlias",
      "sourceUrl", "publisher", "publisherUrl", "alephUrl", "wikipediaUrl", "wikidataId", "keywords", "topics", "address",
      "addressEntity", "program", "notes", "proof", "indexText", "modifiedAt", "retrievedAt");
  private static final List<String> LEGAL_ENTITY = List.of("email", "phone", "website", "legalForm", "incorporationDate",
      "dissolutionDate", "taxStatus", "status", "sector", "classification", "registrationNumber", "idNumber", "taxNumber", "vatCode",
      "jurisdiction", "mainCountry", "opencorporatesUrl", "bvdId", "icijId", "okpoCode", "innCode", "dunsCode", "swiftBic", "parent",
      "subsidiaries", "passport");
  private static final List<String> PERSON = List.of("title", "firstName", "secondName", "middleName", "fatherName", "motherName",
      "lastName", "nameSuffix", "birthDate", "birthPlace", "birthCountry", "deathDate", "position", "nationality", "citizenship",
      "passportNumber", "socialSecurityNumber", "gender", "ethnicity", "height", "weight", "eyeColor", "hairColor", "appearance",
      "religion", "political", "education", "spokenLanguage");
  private static final List<String> USER_ACCOUNT = List.of("owner", "service", "email", "number", "username", "password");
  private static final List<String> VALUE = List.of("amount", "currency", "amountUsd", "amountEur");
  private static final List<String> CRYPTO_WALLET = List.of("publicKey", "privateKey", "creationDate", "currencySymbol",
      "managingExchange", "holder", "balance", "balanceDate");
  private static final List<String> DOCUMENT = List.of("contentHash", "title", "author", "generator", "crawler", "fileSize", "fileName",
      "extension", "encoding", "messageId", "mimeType", "language", "detectedLanguage", "date", "authoredAt", "publishedAt", "parent",
      "ancestors", "namesMentioned", "ibanMentioned", "ipMentioned", "locationMentioned", "phoneMentioned", "emailMentioned",
      "processingStatus", "processingError");
  private static final List<String> INTERVAL = List.of("startDate", "endDate", "date", "summary", "recordId", "sourceUrl");
  private static final List<String> INTEREST = List.of("role", "status");

  /** One schema: allowed and required properties. */
  record Schema(String name, Set<String> properties, Set<String> required) {}

  static final Map<String, Schema> SCHEMATA = Map.of(
      "Person", schema("Person", List.of("name"), THING, LEGAL_ENTITY, PERSON),
      "UserAccount", schema("UserAccount", List.of("name", "username"), THING, USER_ACCOUNT),
      "CryptoWallet", schema("CryptoWallet", List.of("name"), THING, VALUE, CRYPTO_WALLET),
      "PlainText", schema("PlainText", List.of("name"), THING, DOCUMENT, List.of("bodyText")),
      "Documentation", schema("Documentation", List.of("document", "entity"), INTERVAL, INTEREST, List.of("document", "entity")),
      "UnknownLink", schema("UnknownLink", List.of("subject", "object"), INTERVAL, INTEREST, List.of("subject", "object")));

  @SafeVarargs
  private static Schema schema(String name, List<String> required, List<String>... parts) {
    Set<String> props = new HashSet<>();
    for (List<String> p : parts) {
      props.addAll(p);
    }
    return new Schema(name, Set.copyOf(props), Set.copyOf(required));
  }

  private FtmSchema() {}

  /** Throws when the entity uses a property its schema does not have, or lacks a required one. */
  static void check(String schema, Map<String, List<String>> properties) {
    Schema s = SCHEMATA.get(schema);
    if (s == null) {
      throw new IllegalArgumentException("not a schema Threadline writes: " + schema);
    }
    for (String p : properties.keySet()) {
      if (!s.properties().contains(p)) {
        throw new IllegalArgumentException(schema + " has no property " + p);
      }
    }
    for (String r : s.required()) {
      List<String> v = properties.get(r);
      if (v == null || v.isEmpty() || v.stream().allMatch(String::isBlank)) {
        throw new IllegalArgumentException(schema + " needs " + r);
      }
    }
  }
}
