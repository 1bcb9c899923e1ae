package org.secnews;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
 * <p>Design: a fixed pool of worker threads and a window of at most {@code 2 × threads}
 * submitted tasks of up to eight consecutive documents each (a hand-over per short article cost
 * a sixth of the two-thread throughput); the consuming thread waits for the oldest task, so
 * output order is input order and at most the window is held in memory whatever the number of
 * documents. The input is
 * pulled lazily from the caller's stream. Close the returned stream (or exhaust it) to stop the
 * workers. A document whose analysis fails (too long, say) fails the stream with that exception,
 * wrapped in {@link BatchException} with its position.
 *
 * @since 0.1
 */
public final class Batch {
  /** Inputs per task: enough that hand-overs cost little next to eight short articles. */
  private static final int CHUNK = 8;

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
    int window = 2 * threads;
    Iterator<O> ordered = new Iterator<>() {
      private final ArrayDeque<Future<Chunk<O>>> pending = new ArrayDeque<>();
      private Chunk<O> current;
      private int next;
      private long position;

      private void fill() {
        while (pending.size() < window && source.hasNext()) {
          List<I> ins = new ArrayList<>(CHUNK);
          while (ins.size() < CHUNK && source.hasNext()) {
            ins.add(source.next());
          }
          pending.add(pool.submit(() -> Chunk.of(ins, work)));
        }
        if (pending.isEmpty()) {
          pool.shutdown();
        }
      }

      @Override
      public boolean hasNext() {
        if (current != null && next < current.size()) {
          return true;
        }
        fill();
        return !pending.isEmpty();
      }

      @Override
      public O next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        if (current == null || next >= current.size()) {
          try {
            current = pending.poll().get();
            next = 0;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
            throw new BatchException(position, e);
          } catch (ExecutionException e) {
            pool.shutdownNow();
            throw new BatchException(position, e.getCause());
          }
        }
        if (next == current.results.size()) {
          pool.shutdownNow();
          throw new BatchException(position, current.failure);
        }
        position++;
        return current.results.get(next++);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ordered, Spliterator.ORDERED), false)
        .onClose(() -> {
          pool.shutdownNow();
          inputs.close();
        });
  }

  /**
   * The results of one task: consecutive inputs, so that a worker hands over once per chunk
   * rather than once per short document. A failure ends the chunk: the results before it, then
   * the failure in the failed input's place.
   */
  private record Chunk<O>(List<O> results, Throwable failure) {
    static <I, O> Chunk<O> of(List<I> inputs, Function<? super I, ? extends O> work) {
      List<O> results = new ArrayList<>(inputs.size());
      for (I in : inputs) {
        try {
          results.add(work.apply(in));
        } catch (RuntimeException | Error e) {
          return new Chunk<>(results, e);
        }
      }
      return new Chunk<>(results, null);
    }

    int size() {
      return failure == null ? results.size() : results.size() + 1;
    }
  }
}
