package vn.libnet.core.model;

/**
 * Where, by whom and when a resource was published (MARC 21 264 or 260, and 008/07-10).
 *
 * @param place place of publication, e.g. "Hà Nội"
 * @param publisher the publisher, e.g. "Nxb. Chính trị Quốc gia Sự thật"
 * @param year the year of publication as a number
 * @param date the date as written in the resource, e.g. "[2019?]" or "c2019"
 */
public record Publication(String place, String publisher, Integer year, String date) {}
