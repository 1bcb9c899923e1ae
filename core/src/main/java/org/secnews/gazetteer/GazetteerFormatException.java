package org.secnews.gazetteer;

/**
 * A gazetteer file that cannot be read: names the file, the line and the reason.
 *
 * @since 0.1
 */
public final class GazetteerFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file's name or path. */
  private final String file;
  /** The 1-based line number, or 0 when the problem is the whole file. */
  private final int line;

  /**
   * A problem at {@code file:line}.
   *
   * @param file   the file's name or path
   * @param line   the 1-based line number, or 0 when the problem is the whole file
   * @param reason what is wrong
   */
  public GazetteerFormatException(String file, int line, String reason) {
    super(file + ":" + line + ": " + reason);
    this.file = file;
    this.line = line;
  }

  /**
   * The file's name or path.
   *
   * @return the file's name or path
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line number, or 0 when the problem is the whole file.
   *
   * @return the 1-based line number, or 0
   */
  public int line() {
    return line;
  }
}
