package ca.threadline.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.cli.Cli;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code threadline user ...} and {@code threadline case ...}, run in-process against a real embedded store. */
class AdminCommandsTest {
  record Run(int code, String out, String err) {
    List<JsonNode> lines() {
      return out.lines().map(l -> {
        try {
          return new ObjectMapper().readTree(l);
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void usersCasesAndMembersFromTheCommandLine(@TempDir Path home) {
    String h = home.toString();
    Run first = run("", "user", "add", "investigator1", "--role", "investigator", "--home", h);
    assertThat(first.code()).as(first.err()).isEqualTo(2);
    assertThat(first.err()).contains("no user admin to act as");

    Run admin = run("", "user", "add", "admin", "--role", "admin", "--display-name", "Chief", "--home", h);
    assertThat(admin.code()).as(admin.err()).isZero();
    String generated = admin.lines().get(0).get("password").asText();
    assertThat(generated).hasSize(20);

    Run ines = run("a long enough passphrase\n", "user", "add", "ines", "--role", "investigator", "--password-stdin", "--home", h);
    assertThat(ines.code()).as(ines.err()).isZero();
    assertThat(ines.lines().get(0).has("password")).isFalse();
    assertThat(run("short\n", "user", "add", "x", "--role", "reviewer", "--password-stdin", "--home", h).code()).isEqualTo(2);
    assertThat(run("", "user", "add", "remi", "--role", "reviewer", "--home", h).code()).isZero();
    assertThat(run("", "user", "add", "eve", "--role", "chief", "--home", h).code()).isEqualTo(2);
    assertThat(run("", "user", "add", "eve", "--role", "reviewer", "--as", "ines", "--home", h).err()).contains("not an installation admin");
    assertThat(run("", "user", "add", "ines", "--role", "reviewer", "--home", h).err()).contains("already exists");

    Run list = run("", "user", "list", "--home", h);
    assertThat(list.lines()).extracting(n -> n.get("user").asText()).containsExactly("admin", "ines", "remi");

    Run create = run("", "case", "create", "Operation Nord", "--description", "test", "--as", "ines", "--home", h);
    assertThat(create.code()).as(create.err()).isZero();
    assertThat(run("", "case", "create", "Mine", "--as", "remi", "--home", h).err()).contains("reviewers cannot open cases");
    Run member = run("", "case", "add-member", "Operation Nord", "remi", "--role", "reviewer", "--as", "ines", "--home", h);
    assertThat(member.code()).as(member.err()).isZero();
    assertThat(run("", "case", "add-member", "Operation Nord", "admin", "--role", "admin", "--as", "remi", "--home", h).code())
        .isEqualTo(2);
    Run cases = run("", "case", "list", "--as", "remi", "--home", h);
    assertThat(cases.lines()).singleElement().satisfies(n -> {
      assertThat(n.get("case").asText()).isEqualTo("Operation Nord");
      assertThat(n.get("role").asText()).isEqualTo("reviewer");
    });

    Run reset = run("", "user", "password", "ines", "--home", h);
    assertThat(reset.code()).isZero();
    String newPassword = reset.lines().get(0).get("password").asText();
    assertThat(run("", "user", "disable", "remi", "--home", h).code()).isZero();

    try (Store store = Store.open(StoreConfig.embedded(home))) {
      PasswordHasher hasher = PasswordHasher.standard();
      assertThat(hasher.verify(generated, store.users().passwordHash("admin").orElseThrow())).isTrue();
      assertThat(hasher.verify(newPassword, store.users().passwordHash("ines").orElseThrow())).isTrue();
      assertThat(store.users().passwordHash("remi")).as("disabled").isEmpty();
      var adminUser = store.users().find("admin").orElseThrow();
      assertThat(adminUser.role()).isEqualTo(Role.ADMIN);
      assertThat(store.audit().all(adminUser, 0, 100)).extracting(e -> e.action())
          .contains("user.bootstrap", "user.create", "case.create", "member.put", "user.password", "user.disable");
    }
  }

  @Test
  void serveRefusesABadPortAndExplainsItself() {
    Run bad = run("", "serve", "--port", "70000");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--port");
    Run help = run("", "serve", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Serves the web workbench").contains("--bind").contains("Examples:");
  }
}
