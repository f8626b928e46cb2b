/**
 * Internals shared by the module's protocol clients (OAI-PMH, SRU): safe StAX, the lenient repair of a page's
 * bytes, a pull cursor, and the readers of MARCXML and Dublin Core records. Not part of the SDK's API: it may
 * change in any release.
 */
package vn.libnet.client.internal;
