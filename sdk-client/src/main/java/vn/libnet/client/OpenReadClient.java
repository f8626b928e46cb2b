package vn.libnet.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;

/**
 * The SDK's HTTP stack for open, unsigned reads of protocol endpoints that are not the LibNet hub (an
 * OAI-PMH repository, an SRU server): the same timeouts, {@link RetryPolicy} (connection faults,
 * timeouts, 429 and 503 retried with backoff, {@code Retry-After} honoured within the policy's cap) and
 * redirect rules as {@link LibnetClient}, except that GETs follow redirects: at most 5 hops, to the same
 * scheme or from http to https, each one logged. Nothing is signed and no answer is verified.
 *
 * <p>A fault the policy gives up on, and a 429 or 503 still answered when it gives up (or asking to wait
 * past its cap), raise {@link LibnetTransportException}; a redirect not followed (a
 * sixth hop, a downgrade to http, a 3xx without {@code Location}) raises {@link LibnetRedirectException}.
 * An answer longer than {@link Builder#maxBodyBytes(long)} is not read and not retried: it raises {@link
 * LibnetClientException} ({@link ClientFailure#CLIENT_BAD_RESPONSE}). Any other answer, whatever its
 * status, is returned as a {@link Reply} for the protocol to judge.
 * Thread-safe; {@link #close()} releases its threads and connections unless the OkHttp client was given.
 */
public final class OpenReadClient implements AutoCloseable {
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final long maxBodyBytes;

  /** An answer longer than the limit; never retried (RetryInterceptor), since it would be as long again. */
  static final class TooLarge extends IOException {
    TooLarge(long limit) {
      super("the answer is longer than " + limit + " bytes");
    }
  }

  /**
   * An answer, its body read whole (one page of a protocol, bounded by the read timeout).
   *
   * @param status the HTTP status
   * @param url the URL that answered, after any redirects followed
   * @param body the body's bytes, never null (the reply's own array: equality compares it by identity)
   */
  public record Reply(int status, URI url, byte[] body) {
    /** Checks the parts. */
    public Reply {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(body, "body");
    }
  }

  private OpenReadClient(Builder b) {
    this.ownsHttp = b.okHttp == null;
    this.maxBodyBytes = b.maxBodyBytes;
    OkHttpClient.Builder tuned = (ownsHttp ? new OkHttpClient() : b.okHttp).newBuilder();
    if (ownsHttp) {
      tuned.socketFactory(new NoDelaySocketFactory());
    }
    String userAgent = b.userAgent;
    this.http = tuned
        .connectTimeout(b.connectTimeout).readTimeout(b.readTimeout).writeTimeout(b.readTimeout)
        // RetryInterceptor owns retries and RedirectInterceptor redirects, as in LibnetClient.
        .retryOnConnectionFailure(false)
        .followRedirects(false).followSslRedirects(false)
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()))
        .addInterceptor(new RedirectInterceptor(true))
        .addInterceptor(new RetryInterceptor(b.retryPolicy))
        // Nothing is signed here, so every answer's Retry-After is believed (within the policy's cap); taken
        // off the wire-level answer so that OkHttp does not resend a 503 with Retry-After: 0 on its own.
        .addNetworkInterceptor(chain -> VerifyingInterceptor.handUpRetryAfter(limited(chain.proceed(chain.request()))))
        .build();
  }

  /** A builder with the defaults of {@link LibnetClient}: 10 s connect, 60 s read, {@link RetryPolicy#DEFAULT}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * GETs {@code url}.
   *
   * @throws LibnetTransportException when the endpoint cannot be reached, or still answers 429 or 503,
   *     within the retry policy
   * @throws LibnetRedirectException when a redirect is not followed
   * @throws LibnetClientException {@code CLIENT_BAD_RESPONSE} when the answer is longer than the limit
   */
  public Reply get(HttpUrl url) {
    Objects.requireNonNull(url, "url");
    Request request = new Request.Builder().url(url).get().build();
    try (Response r = http.newCall(request).execute()) {
      if (r.code() == 429 || r.code() == 503) {
        // Still busy when the policy gave up (or asked to wait past its cap): unreachable for now, not an answer.
        throw new LibnetTransportException("CLIENT_OPEN_UNAVAILABLE", null, url, r.code(), String.valueOf(r.header("Retry-After",
            r.header(VerifyingInterceptor.RETRY_AFTER, "-"))));
      }
      return new Reply(r.code(), r.request().url().uri(), Http.readBody(r));
    } catch (RedirectInterceptor.Redirected e) {
      throw new LibnetRedirectException(e.messageKey, e.method, e.url, e.status, e.location);
    } catch (RetryInterceptor.RetriesExhausted e) {
      if (e.getCause() instanceof TooLarge) {
        throw new LibnetClientException(ClientFailure.CLIENT_BAD_RESPONSE, "CLIENT_OPEN_TOO_LARGE", e.getCause(), url, maxBodyBytes);
      }
      throw new LibnetTransportException("CLIENT_OPEN_TRANSPORT", url.toString(), e.attempts, e.getCause());
    } catch (IOException e) {
      throw new LibnetTransportException("CLIENT_OPEN_TRANSPORT", url.toString(), 1, e);
    }
  }

  /** The answer with a body that fails once it passes the limit, so that it is never held whole. */
  private Response limited(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    if (body.contentLength() > maxBodyBytes) {
      response.close();
      throw new TooLarge(maxBodyBytes);
    }
    ForwardingSource counted = new ForwardingSource(body.source()) {
      private long read;

      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long n = super.read(sink, byteCount);
        if (n > 0 && (read += n) > maxBodyBytes) {
          throw new TooLarge(maxBodyBytes);
        }
        return n;
      }
    };
    return response.newBuilder().body(ResponseBody.create(Okio.buffer(counted), body.contentType(), body.contentLength())).build();
  }

  /** Releases the connection pool and threads, unless the OkHttp client was the caller's. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** Builds an {@link OpenReadClient}; every setter refuses {@code null}. */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private String userAgent = LibnetClient.USER_AGENT;
    private OkHttpClient okHttp;
    private long maxBodyBytes = 256L << 20;

    private Builder() {}

    /**
     * The longest answer read (256 MiB unless set): one page of a protocol, never a whole list.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxBodyBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, not " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** Connect timeout (10 s unless set). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Read timeout of each try (60 s unless set). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** When and how long to retry ({@link RetryPolicy#DEFAULT} unless set). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The {@code User-Agent} ({@link LibnetClient#USER_AGENT} unless set). */
    public Builder userAgent(String userAgent) {
      this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
      return this;
    }

    /** An OkHttp client to share a connection pool with; its copy gets this stack's interceptors. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttp = Objects.requireNonNull(client, "client");
      return this;
    }

    /** The client. */
    public OpenReadClient build() {
      return new OpenReadClient(this);
    }
  }
}
