package ca.threadline.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<InputLine> readAll(byte[] bytes, int max) throws IOException {
    List<InputLine> out = new ArrayList<>();
    try (LineReader r = new LineReader(new ByteArrayInputStream(bytes), "in.jsonl", max)) {
      for (InputLine l; (l = r.next()) != null; ) {
        out.add(l);
      }
    }
    return out;
  }

  @Test
  void readsLinesWithNumbersCrLfAndMissingFinalNewline() throws IOException {
    List<InputLine> lines = readAll("a\r\nb\n\nlast".getBytes(StandardCharsets.UTF_8), 100);
    assertThat(lines)
        .containsExactly(
            new InputLine.Text(1, "a"), new InputLine.Text(2, "b"), new InputLine.Text(3, ""), new InputLine.Text(4, "last"));
  }

  @Test
  void dropsByteOrderMarkOnFirstLineOnly() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', '\n', 'y'};
    assertThat(readAll(bom, 100)).containsExactly(new InputLine.Text(1, "x"), new InputLine.Text(2, "y"));
  }

  @Test
  void reportsInvalidUtf8WithLineNumberAndGoesOn() throws IOException {
    byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xC3, (byte) 0x28, '\n', 'z'};
    List<InputLine> lines = readAll(bytes, 100);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).isInstanceOf(InputLine.Unreadable.class);
    InputProblem p = ((InputLine.Unreadable) lines.get(1)).problem();
    assertThat(p.message()).startsWith("in.jsonl:2: not valid UTF-8");
    assertThat(lines.get(2)).isEqualTo(new InputLine.Text(3, "z"));
  }

  @Test
  void skipsOverLongLineWithoutHoldingItAndKeepsTheRest() throws IOException {
    // 50 MB of one line, streamed, with a 1 MB limit.
    long big = 50L * 1024 * 1024;
    InputStream in =
        new InputStream() {
          long i;

          @Override
          public int read() {
            if (i < big) {
              i++;
              return 'x';
            }
            byte[] tail = "\nnext\n".getBytes(StandardCharsets.UTF_8);
            int k = (int) (i++ - big);
            return k < tail.length ? tail[k] : -1;
          }
        };
    try (LineReader r = new LineReader(in, "big.jsonl", 1024 * 1024)) {
      InputLine first = r.next();
      assertThat(first).isInstanceOf(InputLine.Unreadable.class);
      assertThat(((InputLine.Unreadable) first).problem().reason()).contains("52428800 bytes");
      assertThat(r.next()).isEqualTo(new InputLine.Text(2, "next"));
      assertThat(r.next()).isNull();
    }
  }

  @Test
  void seededRandomBytesNeverThrowAndCountEveryLine() throws IOException {
    Random random = new Random(20261129L);
    for (int round = 0; round < 2000; round++) {
      int n = random.nextInt(400);
      byte[] bytes = new byte[n];
      random.nextBytes(bytes);
      for (int i = 0; i < n; i++) {
        if (random.nextInt(10) == 0) {
          bytes[i] = '\n';
        }
      }
      List<InputLine> lines = readAll(bytes, 1 + random.nextInt(64));
      long newlines = 0;
      for (byte b : bytes) {
        newlines += b == '\n' ? 1 : 0;
      }
      long expected = newlines + (n > 0 && bytes[n - 1] != '\n' ? 1 : 0);
      assertThat(lines).as("round %d", round).hasSize((int) expected);
      for (int i = 0; i < lines.size(); i++) {
        assertThat(lines.get(i).number()).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void validUtf8RoundTripsExactly() throws IOException {
    String text = "Montréal 💋 ８７３－５５５ 𝟖𝟎𝟕\nnouvelle ligne";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    List<InputLine> lines = readAll(out.toByteArray(), 1000);
    assertThat(lines)
        .containsExactly(new InputLine.Text(1, "Montréal 💋 ８７３－５５５ 𝟖𝟎𝟕"), new InputLine.Text(2, "nouvelle ligne"));
  }
}
