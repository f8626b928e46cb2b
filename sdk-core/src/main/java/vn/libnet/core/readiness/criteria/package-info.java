/**
 * The criteria of the programme "Digital transformation of the library sector to 2025, orientation to
 * 2030" (Decision 206/QĐ-TTg): {@link vn.libnet.core.readiness.criteria.Criteria} of {@link
 * vn.libnet.core.readiness.criteria.Indicator indicators}, each with its targets per {@link
 * vn.libnet.core.readiness.criteria.LibraryGroup group of libraries}, read from tab-separated resources by
 * {@link vn.libnet.core.readiness.criteria.CriteriaReader}.
 */
package vn.libnet.core.readiness.criteria;
