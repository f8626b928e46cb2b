/**
 * The LibNet API v1 client: {@link vn.libnet.client.LibnetClient} signs every request with the library's
 * key (RFC 9421, the LibNet profile), verifies every answer against the hub's keys and the request it
 * answers, never follows a redirect on its own, retries safely under one idempotency key, and pages
 * through cursors; {@link vn.libnet.client.BatchContributor} contributes MARC
 * files of any size with a checkpoint so that a killed job resumes without losing or repeating a record.
 */
package vn.libnet.client;
