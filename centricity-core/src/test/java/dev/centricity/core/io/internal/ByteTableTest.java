package dev.centricity.core.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-string table that remembers what each distinct cell of a column resolved to. */
class ByteTableTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static int get(ByteTable table, String key) {
    // the key in the middle of a larger array, as a cell lies in a chunk
    byte[] b = bytes("<<" + key + ">>");
    return table.get(b, 2, b.length - 2);
  }

  private static void put(ByteTable table, String key, int value) {
    byte[] b = bytes("<<" + key + ">>");
    assertThat(table.get(b, 2, b.length - 2)).isEqualTo(ByteTable.ABSENT);
    table.put(b, 2, b.length - 2, value);
  }

  @Test
  void should_tell_apart_keys_that_share_their_length_and_first_and_last_eight_bytes() {
    // GIVEN two 17-byte keys equal but for the middle byte, two 41-byte keys equal but for byte
    // 30 (beyond the four words a key is known by), a 3-byte key and the empty key
    ByteTable table = new ByteTable(10);
    put(table, "AAAAAAAAxBBBBBBBB", 1);
    put(table, "AAAAAAAAyBBBBBBBB", 2);
    put(table, "0123456789012345678901234567x9012345678901", 5);
    put(table, "0123456789012345678901234567y9012345678901", 6);
    put(table, "abc", 3);
    put(table, "", 4);
    // WHEN / THEN each is found with its own value, and a key of other length is not
    assertThat(get(table, "AAAAAAAAxBBBBBBBB")).isEqualTo(1);
    assertThat(get(table, "AAAAAAAAyBBBBBBBB")).isEqualTo(2);
    assertThat(get(table, "0123456789012345678901234567x9012345678901")).isEqualTo(5);
    assertThat(get(table, "0123456789012345678901234567y9012345678901")).isEqualTo(6);
    assertThat(get(table, "0123456789012345678901234567z9012345678901"))
        .isEqualTo(ByteTable.ABSENT);
    assertThat(get(table, "abc")).isEqualTo(3);
    assertThat(get(table, "")).isEqualTo(4);
    assertThat(get(table, "abcd")).isEqualTo(ByteTable.ABSENT);
    assertThat(get(table, "\0abc")).isEqualTo(ByteTable.ABSENT);
    assertThat(get(table, "AAAAAAAAzBBBBBBBB")).isEqualTo(ByteTable.ABSENT);
  }

  @Test
  void should_keep_every_key_as_it_grows_and_no_more_than_its_limit() {
    // GIVEN a table of at most 100 keys, given 150 keys of lengths 1 to 30
    ByteTable table = new ByteTable(100);
    for (int k = 0; k < 150; k++) {
      put(table, "k".repeat(1 + k % 30) + k, k);
    }
    // THEN the first 100 are found with their values, the rest are not kept
    for (int k = 0; k < 150; k++) {
      assertThat(get(table, "k".repeat(1 + k % 30) + k))
          .as("key %d", k)
          .isEqualTo(k < 100 ? k : ByteTable.ABSENT);
    }
  }
}
