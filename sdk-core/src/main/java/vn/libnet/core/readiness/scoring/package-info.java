/**
 * Readiness scores: per library ({@link vn.libnet.core.readiness.scoring.ReadinessScorer}), each
 * applicable indicator's value against its target, a score and a {@link
 * vn.libnet.core.readiness.scoring.ReadinessBand band}; per province and per library type ({@link
 * vn.libnet.core.readiness.scoring.ReadinessAggregator}), the share of libraries meeting each target, the
 * mean score and the libraries that did not answer. The method is in {@code docs/readiness.md}.
 */
package vn.libnet.core.readiness.scoring;
