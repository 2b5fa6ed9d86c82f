package io.github.xconnector.media;

import java.io.InputStream;

/**
 * A video of any length made up on the fly: an MP4 signature, then bytes computed from their position, so a large
 * upload needs no file and the receiver can recompute what it should have received.
 */
final class GeneratedVideoStream extends InputStream {

  private static final byte[] SIGNATURE = MediaFixtures.signature(MediaFormat.MP4);

  private final long length;
  private long position;

  GeneratedVideoStream(long length) {
    this.length = length;
  }

  static byte byteAt(long position) {
    if (position < SIGNATURE.length) {
      return SIGNATURE[(int) position];
    }
    return (byte) ((position >>> 9) ^ (position * 31));
  }

  @Override
  public int read() {
    return position < length ? byteAt(position++) & 0xFF : -1;
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    if (position >= length) {
      return -1;
    }
    int n = (int) Math.min(count, length - position);
    for (int i = 0; i < n; i++) {
      buffer[offset + i] = byteAt(position + i);
    }
    position += n;
    return n;
  }
}
