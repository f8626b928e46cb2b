/**
 * RFC 9457 problem documents ({@code application/problem+json}) of LibNet API v1: the document and its
 * stable codes, shared by the client that reads them, the server filter and the hub that write them.
 */
package vn.libnet.core.problem;
