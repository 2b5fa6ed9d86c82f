package io.github.xconnector.sandbox.sdk;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small media files whose first bytes are those of real PNG images and MP4 videos. */
final class MediaFiles {

  private static final byte[] MP4_HEAD = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};

  private MediaFiles() {
  }

  /** A real 16 by 16 PNG image. */
  static byte[] png() {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 16; y++) {
      for (int x = 0; x < 16; x++) {
        image.setRGB(x, y, (x > 3 && x < 12 && y > 3 && y < 12 ? Color.RED : Color.WHITE).getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** {@code length} bytes that start with an MP4 {@code ftyp} box. */
  static byte[] mp4(int length) {
    byte[] bytes = new byte[length];
    System.arraycopy(MP4_HEAD, 0, bytes, 0, MP4_HEAD.length);
    return bytes;
  }
}
