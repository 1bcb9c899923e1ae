package org.secnews;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Analyses many documents on several threads, with results in input order and bounded memory.
 *
 * <pre>{@code
 * try (Stream<Analysis> results = Batch.of(analyzer, 2).analyze(texts)) {
 *   results.forEach(a -> ...);                       // in the order of texts
 * }
 * }</pre>
 *
 * <p>Design: a fixed pool of worker threads and a window of at most {@code 4 × threads}
 * submitted documents; the consuming thread waits for the oldest one, so output order is input
 * order and at most the window is held in memory whatever the number of documents. The input is
 * pulled lazily from the caller's stream. Close the returned stream (or exhaust it) to stop the
 * workers. A document whose analysis fails (too long, say) fails the stream with that exception,
 * wrapped in {@link BatchException} with its position.
 *
 * @since 0.1
 */
public final class Batch {
  /**
   * One input: the text and, optionally, the article's date.
   *
   * @param text the document's text
   * @param date the article's date, or {@code null} if unknown
   */
  public record Document(String text, LocalDate date) {
    /**
     * Checks the text.
     *
     * @param text the document's text
     * @param date the article's date, or {@code null} if unknown
     */
    public Document {
      Objects.requireNonNull(text, "text");
    }

    /**
     * A document with no date.
     *
     * @param text the document's text
     * @return a document with that text and a {@code null} date
     */
    public static Document of(String text) {
      return new Document(text, null);
    }
  }

  /** A failure of one document of a batch. */
  public static final class BatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The 0-based position of the failed document in the input. */
    private final long position;

    BatchException(long position, Throwable cause) {
      super("document " + position + " of the batch failed: " + cause.getMessage(), cause);
      this.position = position;
    }

    /**
     * The 0-based position of the document in the input.
     *
     * @return the 0-based position of the failed document in the input
     */
    public long position() {
      return position;
    }
  }

  private final NewsAnalyzer analyzer;
  private final int threads;

  private Batch(NewsAnalyzer analyzer, int threads) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (threads <= 0) {
      throw new IllegalArgumentException("threads must be > 0: " + threads);
    }
    this.threads = threads;
  }

  /**
   * A batch runner for {@code analyzer} on {@code threads} worker threads.
   *
   * @param analyzer the analyzer to run
   * @param threads  the number of worker threads, greater than 0
   * @return a new batch runner
   */
  public static Batch of(NewsAnalyzer analyzer, int threads) {
    return new Batch(analyzer, threads);
  }

  /**
   * Analyses the texts, in order.
   *
   * @param texts the texts to analyse, with no dates
   * @return the analyses, in the order of {@code texts}; close it to stop the workers
   */
  public Stream<Analysis> analyze(Stream<String> texts) {
    return analyzeDocuments(texts.map(Document::of));
  }

  /**
   * Analyses the documents, each with its date, in order.
   *
   * @param documents the documents to analyse
   * @return the analyses, in the order of {@code documents}; close it to stop the workers
   */
  public Stream<Analysis> analyzeDocuments(Stream<Document> documents) {
    return run(documents, d -> analyzer.analyze(d.text(), d.date()));
  }

  /**
   * Applies {@code work} to every input on the worker threads, results in input order.
   *
   * @param <I>    the type of the inputs
   * @param <O>    the type of the results
   * @param inputs the inputs, pulled lazily
   * @param work   the function applied to each input on a worker thread
   * @return the results, in input order; close it to stop the workers
   */
  public <I, O> Stream<O> run(Stream<I> inputs, Function<? super I, ? extends O> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "secnews-batch");
      t.setDaemon(true);
      return t;
    });
    Iterator<I> source = inputs.iterator();
    int window = 4 * threads;
    Iterator<O> ordered = new Iterator<>() {
      private final ArrayDeque<Future<O>> pending = new ArrayDeque<>();
      private long position;

      private void fill() {
        while (pending.size() < window && source.hasNext()) {
          I in = source.next();
          pending.add(pool.submit(() -> work.apply(in)));
        }
        if (pending.isEmpty()) {
          pool.shutdown();
        }
      }

      @Override
      public boolean hasNext() {
        fill();
        return !pending.isEmpty();
      }

      @Override
      public O next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Future<O> f = pending.poll();
        try {
          O out = f.get();
          position++;
          return out;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          pool.shutdownNow();
          throw new BatchException(position, e);
        } catch (ExecutionException e) {
          pool.shutdownNow();
          throw new BatchException(position, e.getCause());
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ordered, Spliterator.ORDERED), false)
        .onClose(() -> {
          pool.shutdownNow();
          inputs.close();
        });
  }
}
