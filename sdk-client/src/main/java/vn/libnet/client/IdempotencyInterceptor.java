package vn.libnet.client;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Gives every write one {@code Idempotency-Key} for the whole logical call. It runs outside the retry
 * interceptor, so that every retry repeats the same key and the hub stores the write at most once.
 */
final class IdempotencyInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    var request = chain.request();
    if (Http.isWrite(request) && request.header(Http.IDEMPOTENCY_KEY) == null) {
      request = request.newBuilder().header(Http.IDEMPOTENCY_KEY, UUID.randomUUID().toString()).build();
    }
    return chain.proceed(request);
  }
}
