/**
 * IIIF Presentation API 3.0: {@link vn.libnet.digital.iiif.IiifManifestBuilder} builds the Manifest of a
 * digitized object (a Canvas per image, sized from its header; bilingual labels; metadata from the
 * bibliographic record; the library as provider), and {@link vn.libnet.digital.iiif.IiifValidator} checks
 * any Presentation 3 document on the rules a JSON Schema cannot state, with bilingual issues in the SDK's
 * validation framework.
 */
package vn.libnet.digital.iiif;
