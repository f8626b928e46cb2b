package vn.libnet.core.readiness.scoring;

/**
 * One indicator over a set of libraries (a province, a library type).
 *
 * @param indicator the indicator's id
 * @param applicable how many of the libraries it applies to, whether they answered or not
 * @param assessed how many of those that answered it counts for (met, gap or missing; not the ones it did
 *     not apply to after all)
 * @param met how many of those met their target
 * @param shareMet met / assessed, in percent; absent when none was assessed
 * @param targetShare the share of libraries the targets ask to meet it, in percent (the mean over the
 *     assessed libraries of their group's share: 60 for school libraries' websites, 100 for most)
 * @param targetMet whether {@code shareMet} reaches {@code targetShare}; absent with {@code shareMet}
 */
public record IndicatorAggregate(
    String indicator, int applicable, int assessed, int met, Double shareMet, double targetShare, Boolean targetMet) {}
