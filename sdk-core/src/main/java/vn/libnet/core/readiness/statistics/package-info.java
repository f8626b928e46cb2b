/**
 * Consistency of libraries' yearly statistics (TCVN 12843:2019 = ISO 2789:2013): checks within one
 * report ({@link vn.libnet.core.readiness.statistics.StatisticsConsistency}), year-over-year anomalies
 * across a library's reports ({@link vn.libnet.core.readiness.statistics.StatisticsTrends}) and totals per
 * province ({@link vn.libnet.core.readiness.statistics.StatisticsAggregation}).
 */
package vn.libnet.core.readiness.statistics;
