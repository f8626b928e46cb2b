/**
 * The LibNet API v1 client: {@link vn.libnet.client.LibnetClient} signs every request with the library's
 * key (RFC 9421, the LibNet profile), verifies every answer against the hub's keys and the request it
 * answers, never follows a redirect on its own, retries safely under one idempotency key, and pages
 * through cursors; {@link vn.libnet.client.BatchContributor} contributes MARC
 * files of any size with a checkpoint so that a killed job resumes without losing or repeating a record.
 * {@link vn.libnet.client.OpenReadClient} is the same HTTP stack (timeouts, retry policy, redirects
 * followed for reads) for open protocol endpoints; the OAI-PMH harvester is in {@code vn.libnet.client.oai}.
 */
package vn.libnet.client;
