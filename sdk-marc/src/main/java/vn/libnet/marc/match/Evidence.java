package vn.libnet.marc.match;

/**
 * One element's contribution to a match score.
 *
 * @param element what was compared: isbn, title, part, author, year, publisher, pages, edition
 * @param points what it added (negative: counted against a match)
 * @param detail what was seen, e.g. "9786041012349 = 9786041012349"
 */
public record Evidence(String element, double points, String detail) {}
