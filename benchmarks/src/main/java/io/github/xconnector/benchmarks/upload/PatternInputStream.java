package io.github.xconnector.benchmarks.upload;

import java.io.InputStream;

/**
 * The upload's source: a stream of a given length that repeats a 64 KiB pattern, as a file or a camera would deliver
 * it, without holding more than the pattern in memory.
 */
final class PatternInputStream extends InputStream {

  private static final byte[] PATTERN = pattern();

  private long remaining;
  private int position;

  PatternInputStream(long length) {
    this.remaining = length;
  }

  private static byte[] pattern() {
    byte[] bytes = new byte[64 * 1024];
    long seed = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < bytes.length; i++) {
      seed ^= seed << 13;
      seed ^= seed >>> 7;
      seed ^= seed << 17;
      bytes[i] = (byte) seed;
    }
    return bytes;
  }

  @Override
  public int read() {
    if (remaining == 0) {
      return -1;
    }
    remaining--;
    int value = PATTERN[position] & 0xFF;
    position = (position + 1) % PATTERN.length;
    return value;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (remaining == 0) {
      return -1;
    }
    int count = (int) Math.min(Math.min(length, remaining), PATTERN.length - position);
    System.arraycopy(PATTERN, position, buffer, offset, count);
    position = (position + count) % PATTERN.length;
    remaining -= count;
    return count;
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, remaining);
  }
}
