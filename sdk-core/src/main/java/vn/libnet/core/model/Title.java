package vn.libnet.core.model;

/**
 * A title of a resource.
 *
 * @param type the role of this title
 * @param title the title (245 $a)
 * @param subtitle the remainder of the title (245 $b)
 * @param partNumber the number of a part or volume (245 $n)
 * @param partName the name of a part (245 $p)
 */
public record Title(TitleType type, String title, String subtitle, String partNumber, String partName) {
  /** A main title with no other parts. */
  public static Title main(String title) {
    return new Title(TitleType.MAIN, title, null, null, null);
  }
}
