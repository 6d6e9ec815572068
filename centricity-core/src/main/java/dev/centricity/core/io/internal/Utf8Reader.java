package dev.centricity.core.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, like an {@link java.io.InputStreamReader} whose decoder reports errors,
 * but returns the text before a malformed byte first and throws only when the malformed byte is
 * next, so that a reader counting lines knows where the error is. Not thread-safe.
 */
public final class Utf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
  private boolean endOfInput;
  private boolean flushed;
  private CoderResult error;

  /**
   * Creates the reader.
   *
   * @param in the bytes; closed when this reader is
   */
  public Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      if (error != null) {
        if (out.position() > offset) {
          return out.position() - offset;
        }
        error.throwException();
      }
      if (flushed) {
        return out.position() > offset ? out.position() - offset : -1;
      }
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        error = result;
        continue;
      }
      if (result.isOverflow()) {
        return out.position() - offset;
      }
      if (endOfInput) {
        decoder.flush(out);
        flushed = true;
        continue;
      }
      if (out.position() > offset) {
        return out.position() - offset;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
