package vn.libnet.core.readiness.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.Province;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.criteria.Indicator;

/**
 * Sums library scores up per province (the 34 units in force since 1 July 2025; former codes are mapped by
 * {@link LibraryScore#provinceCode()}) and per library type. For each indicator: the libraries it applies
 * to, those assessed, those meeting their target and the share, against the share the targets ask for;
 * the mean score of the libraries that have one, how many are in each band, and which did not answer.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadinessAggregator {
  /** The key of the libraries whose province is not known (no address, or a former unit that was split). */
  public static final String UNPLACED = "unplaced";

  private final Criteria criteria;

  /** An aggregator over the indicators of {@code criteria}. */
  public ReadinessAggregator(Criteria criteria) {
    this.criteria = Objects.requireNonNull(criteria, "criteria");
  }

  /**
   * One aggregate per province in force, in code order, each present even without libraries, then {@link
   * #UNPLACED} when some library has no known province.
   */
  public List<ReadinessAggregate> byProvince(List<LibraryScore> scores) {
    Map<String, List<LibraryScore>> groups = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (Province p : Province.current()) {
      groups.put(p.code(), new ArrayList<>());
      names.put(p.code(), p.name());
    }
    for (LibraryScore s : scores) {
      String key = s.provinceCode() == null || !groups.containsKey(s.provinceCode()) ? UNPLACED : s.provinceCode();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
    }
    return collect(groups, k -> names.getOrDefault(k, k));
  }

  /** One aggregate per library type, in the order of {@link LibraryType}, each present; untyped libraries are left out. */
  public List<ReadinessAggregate> byType(List<LibraryScore> scores) {
    Map<String, List<LibraryScore>> groups = new LinkedHashMap<>();
    for (LibraryType t : LibraryType.values()) {
      groups.put(t.name(), new ArrayList<>());
    }
    scores.stream().filter(s -> s.type() != null).forEach(s -> groups.get(s.type().name()).add(s));
    return collect(groups, Function.identity());
  }

  /** One aggregate of every library, with key {@code ALL}. */
  public ReadinessAggregate overall(List<LibraryScore> scores) {
    return aggregate("ALL", "ALL", scores);
  }

  private List<ReadinessAggregate> collect(Map<String, List<LibraryScore>> groups, Function<String, String> name) {
    List<ReadinessAggregate> out = new ArrayList<>();
    groups.forEach((k, v) -> out.add(aggregate(k, name.apply(k), v)));
    return out;
  }

  private ReadinessAggregate aggregate(String key, String name, List<LibraryScore> scores) {
    List<String> notAnswered = scores.stream().filter(s -> !s.answered()).map(LibraryScore::isil).toList();
    List<IndicatorAggregate> indicators = new ArrayList<>();
    for (Indicator indicator : criteria.indicators()) {
      indicators.add(indicator(indicator.id(), scores));
    }
    Map<ReadinessBand, Integer> bands = new EnumMap<>(ReadinessBand.class);
    double sum = 0;
    int scored = 0;
    for (LibraryScore s : scores) {
      if (s.score() != null) {
        sum += s.score();
        scored++;
        bands.merge(s.band(), 1, Integer::sum);
      }
    }
    return new ReadinessAggregate(key, name, scores.size(), scores.size() - notAnswered.size(), notAnswered,
        indicators, scored == 0 ? null : sum / scored, bands);
  }

  private static IndicatorAggregate indicator(String id, List<LibraryScore> scores) {
    int applicable = 0;
    int assessed = 0;
    int met = 0;
    double targetShares = 0;
    for (LibraryScore s : scores) {
      IndicatorResult r = s.indicator(id).orElse(null);
      if (r == null) {
        continue;
      }
      applicable++;
      if (s.answered() && r.status() != IndicatorStatus.NOT_APPLICABLE) {
        assessed++;
        targetShares += r.target().librariesShare2025();
        if (r.status() == IndicatorStatus.MET) {
          met++;
        }
      }
    }
    Double share = assessed == 0 ? null : 100.0 * met / assessed;
    double target = assessed == 0 ? 100 : targetShares / assessed;
    return new IndicatorAggregate(id, applicable, assessed, met, share, target,
        share == null ? null : share >= target - 1e-9);
  }
}
