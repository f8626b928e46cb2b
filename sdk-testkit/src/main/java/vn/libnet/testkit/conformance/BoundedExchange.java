package vn.libnet.testkit.conformance;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.testkit.conformance.SuiteChecks.Failed;
import vn.libnet.testkit.conformance.OaiExchange.Answer;

/**
 * One request to an endpoint under test, its answer bounded in size and in time (body included), since the
 * endpoint may be hostile: an answer longer than the limit is cut off unread, one that takes longer is
 * abandoned. No redirect is followed: the endpoint checked is the one given.
 */
final class BoundedExchange {
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private BoundedExchange() {}

  static Answer send(String query, HttpMessage request, int maxBytes, Duration within) throws Failed {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.targetUri()).timeout(within)
        .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (Map.Entry<String, String> h : request.headers()) {
      if (!RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        b.header(h.getKey(), h.getValue());
      }
    }
    CompletableFuture<HttpResponse<byte[]>> answer = HTTP.sendAsync(b.build(), info -> new Limited(maxBytes));
    try {
      HttpResponse<byte[]> r = answer.get(within.toMillis(), TimeUnit.MILLISECONDS);
      return new Answer(query, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new Failed("CONFORMANCE_OAI_TOO_SLOW", query, within.toSeconds());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TooLarge) {
        throw new Failed("CONFORMANCE_OAI_TOO_LARGE", query, maxBytes);
      }
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new Failed("CONFORMANCE_OAI_UNREACHABLE", query, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      throw new Failed("CONFORMANCE_OAI_UNREACHABLE", query, "interrupted");
    }
  }

  private static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("the answer is longer than the limit", null, false, false);
    }
  }

  /** Collects the body until it passes {@code max} bytes, then cancels the stream and fails. */
  private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
    private final int max;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> done = new CompletableFuture<>();
    private Flow.Subscription subscription;

    Limited(int max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return done;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      for (ByteBuffer buffer : buffers) {
        if (body.size() + buffer.remaining() > max) {
          subscription.cancel();
          done.completeExceptionally(new TooLarge());
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        body.write(bytes, 0, bytes.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      done.complete(body.toByteArray());
    }
  }
}
