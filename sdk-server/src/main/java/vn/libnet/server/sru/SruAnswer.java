package vn.libnet.server.sru;

import java.util.Objects;

/**
 * A response of {@link SruProvider}: the XML document and the media type to send it as ({@code text/xml}
 * for SRU 1.x, {@code application/sru+xml} for 2.0 unless the request's {@code httpAccept} asked for
 * plain XML). Always HTTP 200: a failure is a diagnostic inside the document, as SRU has it.
 *
 * @param contentType the {@code Content-Type}, with its charset (always UTF-8)
 * @param body the response document
 */
public record SruAnswer(String contentType, String body) {
  /** Checks the parts. */
  public SruAnswer {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }
}
