/**
 * Internals shared by the module's protocol responders (OAI-PMH, SRU): the writing of MARC 21 slim and
 * Dublin Core records onto a StAX writer, and the reading of form arguments within a bound. Not part of the SDK's API: it may change in any release.
 */
package vn.libnet.server.internal;
