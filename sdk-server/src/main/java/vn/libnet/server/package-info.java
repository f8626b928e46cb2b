/**
 * What a library system mounts in its own Jakarta Servlet 6 container to take part in the LibNet network.
 *
 * <p>{@link vn.libnet.server.LibnetSignatureFilter} verifies RFC 9421 signatures on the requests it is
 * mapped to (the LibNet request profile, or any {@link vn.libnet.core.signature.SignatureVerifier}), refuses
 * bad ones with RFC 9457 problem documents, hands the verified signer to the application as a {@link
 * vn.libnet.server.VerifiedSigner}, and signs every answer it lets through, bound to the request. It runs
 * in Tomcat 10.1 and 11, Jetty 12 (ee10), Undertow 2.3 and later, and Spring Boot 3. Nothing here depends
 * on the SDK's client or test kit.
 */
package vn.libnet.server;
