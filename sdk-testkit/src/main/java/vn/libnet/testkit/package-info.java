/**
 * The embeddable reference hub of LibNet API v1: {@link vn.libnet.testkit.LibnetTestHub} runs the whole
 * API in-process on a loopback port, as the national hub must behave (signatures, validation with the
 * national profiles, clustering, idempotency, ETags, cursors, signed answers), in memory or in a folder
 * that survives restarts, with {@link vn.libnet.testkit.HubFaults} for clients' resilience tests and
 * {@link vn.libnet.testkit.LibnetTestHubExtension} for JUnit 5.
 */
package vn.libnet.testkit;
