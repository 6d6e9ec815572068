package dev.centricity.core.io.internal;

import dev.centricity.core.CohortFormatException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 (or another charset given) strictly, like an {@link java.io.InputStreamReader}
 * whose decoder reports errors, but returns the text before a malformed byte first and throws only
 * when the malformed byte is next, so that a reader counting lines knows where the error is. Not
 * thread-safe.
 */
public final class Utf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
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
    this(in, StandardCharsets.UTF_8);
  }

  /**
   * Creates a reader decoding another charset just as strictly.
   *
   * @param in the bytes; closed when this reader is
   * @param charset the charset, such as windows-1252 or UTF-16
   */
  public Utf8Reader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * The charset of bytes whose charset was not given: UTF-16 when they start with a UTF-16
   * byte-order mark (FE FF or FF FE; the decoder reads the order from it and drops it), otherwise
   * UTF-8 (whose own mark, if any, the CSV reader skips). Reads nothing from the stream: it is
   * marked and reset.
   *
   * @param in the bytes
   * @param source a name for messages
   * @return the charset
   * @throws CohortFormatException if the stream cannot be read
   */
  public static Charset detect(BufferedInputStream in, String source) {
    try {
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
        return StandardCharsets.UTF_16;
      }
      return StandardCharsets.UTF_8;
    } catch (IOException e) {
      throw new CohortFormatException(source, 0, 0, "", "cannot read: " + e.getMessage(), e);
    }
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
