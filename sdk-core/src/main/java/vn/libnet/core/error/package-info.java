/**
 * The SDK's one exception hierarchy: {@link vn.libnet.core.error.LibnetException}, which every SDK
 * exception extends, and {@link vn.libnet.core.error.ErrorCode}, which each module's enum of codes
 * implements.
 */
package vn.libnet.core.error;
