package vn.libnet.core.model;

/**
 * One file of a digitized object.
 *
 * @param name the file's path within the object, e.g. "pages/0001.tif"
 * @param mediaType the IANA media type, e.g. "image/tiff"
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, 64 lower-case hexadecimal digits
 */
public record DigitalFile(String name, String mediaType, Long size, String sha256) {}
