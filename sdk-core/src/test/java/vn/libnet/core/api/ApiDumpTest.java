package vn.libnet.core.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

// public, so that its nested fixture is in the surface the dump reads
public class ApiDumpTest {
  /** A fixture: what the dump must show and what it must leave out. */
  public static class Sample extends Base implements Comparable<Sample> {
    public static final String NAME = "sample";
    protected int size;
    int hidden;

    public Sample(String s) {}

    Sample() {}

    public static Sample of(String s) {
      return new Sample(s);
    }

    @Override
    public int compareTo(Sample o) {
      return 0;
    }

    private void secret() {}

    private static class Private {
      public void notShown() {}
    }
  }

  static class Base {
    public java.util.List<String> inherited() {
      return java.util.List.of();
    }
  }

  @Test
  void theDumpListsPublicAndProtectedMembersWithGenericSignaturesAndLeavesTheRestOut() {
    String dump = ApiDump.dump(Path.of("target", "test-classes"), getClass().getClassLoader());
    String sample = block(dump, "public static class vn.libnet.core.api.ApiDumpTest$Sample");
    assertThat(sample).startsWith("public static class vn.libnet.core.api.ApiDumpTest$Sample extends "
        + "vn.libnet.core.api.ApiDumpTest$Base implements java.lang.Comparable<vn.libnet.core.api.ApiDumpTest$Sample>\n");
    assertThat(sample).contains(
        "  public static final java.lang.String NAME\n",
        "  protected int size\n",
        "  public vn.libnet.core.api.ApiDumpTest$Sample(java.lang.String)\n",
        "  public static vn.libnet.core.api.ApiDumpTest$Sample of(java.lang.String)\n",
        "  public int compareTo(vn.libnet.core.api.ApiDumpTest$Sample)\n",
        // public method of a package-private superclass: callers see it on Sample
        "  public java.util.List<java.lang.String> inherited()\n");
    assertThat(sample).doesNotContain("hidden", "secret", "Sample()", "compareTo(java.lang.Object)");
    assertThat(dump).doesNotContain("$Private", "notShown", "class vn.libnet.core.api.ApiDumpTest$Base");
  }

  @Test
  void theDiffNamesTheTypeOfEveryMemberThatCameOrWent() {
    String before = "public final class a.B\n  public void x()\n  public void y()\n\n";
    String after = "public final class a.B\n  public void x()\n  public void z(int)\n\n";
    assertThat(ApiDump.diff(before, after))
        .isEqualTo("- public final class a.B :: public void y()\n+ public final class a.B :: public void z(int)\n");
    assertThat(ApiDump.diff(before, before)).isEmpty();
  }

  private static String block(String dump, String header) {
    int at = dump.indexOf(header + " ");
    assertThat(at).as(header).isNotNegative();
    int end = dump.indexOf("\n\n", at);
    return dump.substring(at, end + 1);
  }
}
