package vn.libnet.core.readiness.criteria;

import java.util.Objects;
import vn.libnet.core.readiness.Bilingual;

/**
 * What an indicator asks of one group of libraries.
 *
 * <p>For a {@link IndicatorUnit#YES_NO} indicator each library's target is 1 (it has it), and {@code
 * librariesShare2025} says what share of the group's libraries must have it ("60 % of school libraries
 * have a website"). For a share or a count, {@code libraryTarget2025} is what each library must reach and
 * every library of the group is expected to reach it ({@code librariesShare2025} = 100).
 *
 * @param group the group
 * @param libraryTarget2025 the value each library of the group must reach by 2025
 * @param librariesShare2025 the percentage of the group's libraries that must reach it by 2025
 * @param orientation2030 the decision's orientation to 2030, which is qualitative
 */
public record GroupTarget(
    LibraryGroup group, double libraryTarget2025, double librariesShare2025, Bilingual orientation2030) {
  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when a target is negative or the share is over 100
   */
  public GroupTarget {
    Objects.requireNonNull(group, "group");
    if (libraryTarget2025 < 0 || librariesShare2025 < 0 || librariesShare2025 > 100) {
      throw new IllegalArgumentException("Target out of range for " + group + ": " + libraryTarget2025
          + ", share " + librariesShare2025);
    }
    orientation2030 = orientation2030 == null ? new Bilingual("", "") : orientation2030;
  }
}
