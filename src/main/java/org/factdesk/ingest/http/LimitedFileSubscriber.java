package org.factdesk.ingest.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Streams a response body into an existing file, failing with {@link BodyTooLargeException} (and
 * cancelling the download) as soon as it passes {@code maxBytes}, or at once when the declared
 * {@code Content-Length} does.
 */
final class LimitedFileSubscriber implements HttpResponse.BodySubscriber<Path> {
  private final Path file;
  private final long maxBytes;
  private final long declaredLength;
  private final CompletableFuture<Path> body = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private FileChannel out;
  private long written;

  /** @param declaredLength the Content-Length, or -1 if unknown */
  LimitedFileSubscriber(Path file, long maxBytes, long declaredLength) {
    this.file = file;
    this.maxBytes = maxBytes;
    this.declaredLength = declaredLength;
  }

  @Override
  public CompletionStage<Path> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredLength > maxBytes) {
      fail(new BodyTooLargeException(maxBytes));
      return;
    }
    try {
      out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      fail(e);
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    try {
      for (ByteBuffer b : items) {
        written += b.remaining();
        if (written > maxBytes) {
          fail(new BodyTooLargeException(maxBytes));
          return;
        }
        while (b.hasRemaining()) {
          out.write(b);
        }
      }
    } catch (IOException e) {
      fail(e);
      return;
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    close();
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    if (close()) {
      body.complete(file);
    }
  }

  private void fail(IOException e) {
    subscription.cancel();
    close();
    body.completeExceptionally(e);
  }

  /** Closes the file; false (and the body failed) if that fails. */
  private boolean close() {
    if (out == null) {
      return true;
    }
    try {
      out.close();
      return true;
    } catch (IOException e) {
      body.completeExceptionally(e);
      return false;
    }
  }
}
