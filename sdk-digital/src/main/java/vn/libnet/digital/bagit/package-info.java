/**
 * BagIt 1.0 (RFC 8493): packages that prove no file was lost or changed between a library, a scanning
 * contractor and the national repository. {@link vn.libnet.digital.bagit.BagCreator} makes a bag from a
 * folder or a list of files; {@link vn.libnet.digital.bagit.BagValidator} checks any bag (0.97 and 1.0) in
 * one pass and reports every problem as a typed, bilingual {@link vn.libnet.core.validation.ValidationIssue}
 * (codes {@code BAGIT_*}). Hashing streams each file once for every algorithm, files in parallel.
 */
package vn.libnet.digital.bagit;
