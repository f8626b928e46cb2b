package vn.libnet.core.model;

/**
 * The physical description (MARC 21 300).
 *
 * @param extent the extent, e.g. "320 tr." or "2 tập"
 * @param otherDetails illustrations and other details, e.g. "minh họa"
 * @param dimensions the size, e.g. "21 cm"
 * @param accompanyingMaterial anything that comes with it, e.g. "1 CD-ROM"
 */
public record PhysicalDescription(
    String extent, String otherDetails, String dimensions, String accompanyingMaterial) {}
