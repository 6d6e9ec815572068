package dev.centricity.core.internal;

import dev.centricity.core.Rubric;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Computes a rubric's content hash: SHA-256 of its canonical JSON form. */
public final class RubricHash {

  private RubricHash() {}

  /**
   * The content hash of a rubric.
   *
   * @param rubric the rubric
   * @return 64 lower-case hex digits
   */
  public static String of(Rubric rubric) {
    byte[] canonical =
        JsonSupport.canonicalJson().writeValueAsString(rubric).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
