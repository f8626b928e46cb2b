/**
 * Evidence for readiness surveys (QĐ 206/QĐ-TTg) measured from the network: a library's declared
 * endpoints run through the conformance suites, and its union-catalogue contributions and digital objects
 * counted on a hub. {@link vn.libnet.testkit.readiness.ReadinessEvidence} turns what it saw into
 * {@link vn.libnet.core.readiness.survey.Measurement}s that fill or contradict the library's answers.
 */
package vn.libnet.testkit.readiness;
