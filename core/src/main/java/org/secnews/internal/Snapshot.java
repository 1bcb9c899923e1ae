package org.secnews.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A flat binary image of compiled data: one stream of ints, one of longs and one of chars, read
 * back in the order written. It exists so that the built-in gazetteers can be compiled when the
 * library is built and loaded with three bulk copies instead of parsing and tokenizing thousands
 * of rows in a cold JVM. Not part of the API.
 *
 * <p>Layout: a magic number and a version, the three stream lengths, then the ints, longs and
 * chars in big-endian order.
 */
public final class Snapshot {
  private static final int MAGIC = 0x534e4753; // "SNGS"

  private Snapshot() {}

  /** Collects the three streams and writes them as one image. */
  public static final class Writer {
    private final int version;
    private int[] ints = new int[1024];
    private int intCount;
    private long[] longs = new long[64];
    private int longCount;
    private final StringBuilder chars = new StringBuilder();

    /**
     * A writer for images of this format version.
     *
     * @param version the caller's format version, checked on reading
     */
    public Writer(int version) {
      this.version = version;
    }

    /**
     * Appends one int.
     *
     * @param v the value
     */
    public void putInt(int v) {
      if (intCount == ints.length) {
        ints = Arrays.copyOf(ints, ints.length * 2);
      }
      ints[intCount++] = v;
    }

    /**
     * Appends an int array with its length.
     *
     * @param a the values
     */
    public void putInts(int[] a) {
      putInt(a.length);
      for (int v : a) {
        putInt(v);
      }
    }

    /**
     * Appends a long array with its length (the length goes to the int stream).
     *
     * @param a the values
     */
    public void putLongs(long[] a) {
      putInt(a.length);
      for (long v : a) {
        if (longCount == longs.length) {
          longs = Arrays.copyOf(longs, longs.length * 2);
        }
        longs[longCount++] = v;
      }
    }

    /**
     * Appends characters with their count (the count goes to the int stream).
     *
     * @param s the characters
     */
    public void putChars(CharSequence s) {
      putInt(s.length());
      chars.append(s);
    }

    /**
     * The image.
     *
     * @return the bytes of everything written so far
     */
    public byte[] toBytes() {
      ByteBuffer b = ByteBuffer.allocate(20 + 4 * intCount + 8 * longCount + 2 * chars.length());
      b.putInt(MAGIC).putInt(version).putInt(intCount).putInt(longCount).putInt(chars.length());
      b.asIntBuffer().put(ints, 0, intCount);
      b.position(b.position() + 4 * intCount);
      b.asLongBuffer().put(longs, 0, longCount);
      b.position(b.position() + 8 * longCount);
      b.asCharBuffer().put(chars.toString());
      return b.array();
    }
  }

  /** Reads an image back, stream by stream, in the order it was written. */
  public static final class Reader {
    private final int[] ints;
    private final long[] longs;
    private final String chars;
    private int intAt;
    private int longAt;
    private int charAt;

    /**
     * Opens an image.
     *
     * @param image   the bytes {@link Writer#toBytes()} made
     * @param version the format version the caller reads
     * @throws IllegalArgumentException if the bytes are no image of this version
     */
    public Reader(byte[] image, int version) {
      ByteBuffer b = ByteBuffer.wrap(image);
      if (image.length < 20 || b.getInt() != MAGIC) {
        throw new IllegalArgumentException("not a secnews snapshot");
      }
      int v = b.getInt();
      if (v != version) {
        throw new IllegalArgumentException("snapshot version " + v + ", expected " + version);
      }
      int ni = b.getInt();
      int nl = b.getInt();
      int nc = b.getInt();
      if (ni < 0 || nl < 0 || nc < 0 || (long) 4 * ni + 8L * nl + 2L * nc != image.length - 20) {
        throw new IllegalArgumentException("truncated or damaged snapshot");
      }
      ints = new int[ni];
      b.asIntBuffer().get(ints);
      b.position(b.position() + 4 * ni);
      longs = new long[nl];
      b.asLongBuffer().get(longs);
      b.position(b.position() + 8 * nl);
      chars = b.asCharBuffer().toString();
    }

    /**
     * The next int.
     *
     * @return the next int of the int stream
     */
    public int getInt() {
      return ints[intAt++];
    }

    /**
     * The next int array.
     *
     * @return the next array written by {@link Writer#putInts}
     */
    public int[] getInts() {
      int n = length(ints.length - intAt);
      int[] a = Arrays.copyOfRange(ints, intAt, intAt + n);
      intAt += n;
      return a;
    }

    /**
     * The next long array.
     *
     * @return the next array written by {@link Writer#putLongs}
     */
    public long[] getLongs() {
      int n = length(longs.length - longAt);
      long[] a = Arrays.copyOfRange(longs, longAt, longAt + n);
      longAt += n;
      return a;
    }

    /**
     * The next characters as a string.
     *
     * @return the next characters written by {@link Writer#putChars}
     */
    public String getString() {
      int n = length(chars.length() - charAt);
      String s = chars.substring(charAt, charAt + n);
      charAt += n;
      return s;
    }

    /**
     * The next characters as an array.
     *
     * @return the next characters written by {@link Writer#putChars}
     */
    public char[] getChars() {
      int n = length(chars.length() - charAt);
      char[] a = new char[n];
      chars.getChars(charAt, charAt + n, a, 0);
      charAt += n;
      return a;
    }

    private int length(int left) {
      int n = getInt();
      if (n < 0 || n > left) {
        throw new IllegalArgumentException("damaged snapshot: a length of " + n + " with " + left + " left");
      }
      return n;
    }

    /**
     * Whether every stream was read to its end: a reader that stops early read a different format.
     *
     * @return true if nothing is left unread
     */
    public boolean atEnd() {
      return intAt == ints.length && longAt == longs.length && charAt == chars.length();
    }
  }
}
