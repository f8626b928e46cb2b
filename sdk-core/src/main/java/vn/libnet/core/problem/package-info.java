/**
 * RFC 9457 problem documents ({@code application/problem+json}) of LibNet API v1: the document and its
 * stable codes. In sdk-core so that whatever writes them (the hub, and any server of the protocol) and the
 * client that reads them share one definition without depending on each other.
 */
package vn.libnet.core.problem;
