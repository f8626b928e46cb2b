package vn.libnet.testkit.conformance;

/**
 * The outcome of one requirement.
 *
 * @param requirement what was checked
 * @param passed whether the hub met it
 * @param detail what was seen, in English: the evidence of a pass or the reason of a failure
 */
public record CheckResult(Requirement requirement, boolean passed, String detail) {}
