package vn.libnet.core.model;

import java.util.Objects;

/**
 * One physical copy.
 *
 * @param barcode the copy's barcode (đăng ký cá biệt)
 * @param copyNumber the copy number, if used
 * @param status circulation status; {@link ItemStatus#AVAILABLE} when not given
 * @param location the shelving location, when it differs from the holding's
 */
public record Item(String barcode, String copyNumber, ItemStatus status, String location) {
  /** Defaults status to available. */
  public Item {
    status = Objects.requireNonNullElse(status, ItemStatus.AVAILABLE);
  }
}
