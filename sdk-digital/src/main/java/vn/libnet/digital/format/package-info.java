/**
 * File formats of digitized objects: media types read from content (magic bytes, through Apache Tika's
 * detector core) and compared with what the file name claims.
 */
package vn.libnet.digital.format;
