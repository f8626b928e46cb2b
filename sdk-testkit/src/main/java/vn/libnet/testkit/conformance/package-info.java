/**
 * The LibNet API v1 conformance suite: checks any hub at a base URL against the requirements of the
 * specification, negative cases included, with a library key registered at that hub. Its writes are dry
 * runs or refused requests, so running it against a production hub stores nothing.
 */
package vn.libnet.testkit.conformance;
