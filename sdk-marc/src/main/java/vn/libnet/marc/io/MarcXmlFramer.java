package vn.libnet.marc.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a MARCXML byte stream into one chunk per {@code <record>}, so that each record is parsed by a
 * fresh XML parser and damage in one record (a missing end tag, text that is not well-formed, a bad
 * byte) cannot end the file: the next record start is found by this scanner, not by the parser.
 *
 * <p>The scanner knows just enough XML to do that safely: comments, CDATA sections and processing
 * instructions are skipped (a {@code <record>} inside them is text), quoted attribute values are
 * honoured, namespace declarations outside records are tracked so that a chunk can be parsed with the
 * prefixes its ancestors declared, and a DOCTYPE anywhere is reported (the reader refuses it). A record
 * is MARC 21 slim when its namespace is {@code http://www.loc.gov/MARC21/slim} or none; a {@code record}
 * element in another namespace is an envelope (OAI-PMH, SRU) whose MARC records are read, or, when it
 * holds none, something that is not MARC and is reported as such. The chunk is a slice of the scanner's
 * own buffer: no byte is copied for it. Memory is bounded by {@link #MAX_RECORD} per record.
 */
final class MarcXmlFramer {
  static final String MARC_NS = "http://www.loc.gov/MARC21/slim";
  static final String OAI_NS = "http://www.openarchives.org/OAI/2.0/";
  /** The largest record chunk kept in memory; a larger record is skipped and reported. */
  static final int MAX_RECORD = 4 << 20; // ISO 2709 caps a record at 99,999 bytes: its MARCXML is well under this

  private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

  /** What the scanner found next. */
  enum Kind {
    /** A MARC record chunk: {@code buf[start, end)}, maybe ended early ({@link Frame#endedBy}). */
    RECORD,
    /** A {@code record} element that is not MARC 21 slim: {@link Frame#element}, {@link Frame#namespace}. */
    NOT_MARC,
    /** The input ends inside a record. */
    TRUNCATED,
    /** A record larger than {@link #MAX_RECORD}. */
    TOO_LARGE,
    /** A DOCTYPE (or another markup declaration): the document is refused. */
    DOCTYPE,
    /** The input ends inside a comment, CDATA section or processing instruction outside records. */
    UNCLOSED_MARKUP
  }

  /** One find of the scanner; the object is reused, read it before the next call. */
  static final class Frame {
    Kind kind;
    long line;
    int column;
    int start;
    int end;
    /** The qualified name of the record element, as written. */
    String element;
    String namespace;
    /** For a record ended without its end tag: what ended it ({@code <record>}, {@code </collection>}, ...). */
    String endedBy;
    long endedAt;
    /** The line where the chunk ends. */
    long endLine;
    /** The end tags that close what the chunk left open (empty for an intact record). */
    String closing;
  }

  private static final class Element {
    final String qname;
    final byte[] bytes;
    final List<String[]> namespaces;
    final boolean envelope;
    final long line;
    final String namespace;
    boolean holdsMarc;
    boolean deleted;
    String content;
    String contentNamespace;

    Element(String qname, List<String[]> namespaces, boolean envelope, long line, String namespace) {
      this.qname = qname;
      this.bytes = qname.getBytes(StandardCharsets.UTF_8);
      this.namespaces = namespaces;
      this.envelope = envelope;
      this.line = line;
      this.namespace = namespace;
    }
  }

  private final InputStream in;
  private byte[] buf;
  private int pos;
  private int lim;
  private boolean eof;
  private long line = 1;
  private long base; // absolute offset of buf[0]
  private long lineStart; // absolute offset of the current line's first byte
  private int mark = -1; // start of the token being scanned, kept on compaction
  private int chunkStart = -1; // start of the record chunk being scanned, kept on compaction
  private boolean discarding;
  private boolean started;
  private final Frame frame = new Frame();
  private final ArrayList<Element> outer = new ArrayList<>();
  private final List<String[]> attributes = new ArrayList<>();
  private final byte[] nameBytes = new byte[256];
  private final String[] names = new String[32];
  private int nameCount;
  private String version = "1.0";
  private String encoding = "UTF-8";
  private String prefixCache;
  private boolean prefixStale = true;

  MarcXmlFramer(InputStream in) {
    this.in = in;
    // A small input in memory (one record of an OAI-PMH or SRU page) gets a buffer its size, not 64 KiB
    // to allocate and clear for each record; the buffer grows when a record needs more.
    int known = available(in);
    this.buf = new byte[known > 0 && known < (1 << 16) ? Math.max(known + 1, 1 << 10) : 1 << 16];
  }

  private static int available(InputStream in) {
    try {
      return in instanceof java.io.ByteArrayInputStream ? in.available() : 0;
    } catch (java.io.IOException unknown) {
      return 0;
    }
  }

  /** The XML version declared by the document ({@code 1.0} when none is). */
  String version() {
    return version;
  }

  /** The encoding declared by the document ({@code UTF-8} when none is). */
  String encoding() {
    return encoding;
  }

  byte[] buffer() {
    return buf;
  }

  /**
   * The start of a document that declares, on one line, every namespace in scope where the last record
   * started, so that the chunk parses as it would in place.
   */
  String wrapperStart() {
    if (prefixStale) {
      Map<String, String> scope = new java.util.LinkedHashMap<>();
      for (Element e : outer) {
        for (String[] ns : e.namespaces) {
          scope.put(ns[0], ns[1]);
        }
      }
      StringBuilder sb = new StringBuilder("<libnet-chunk");
      scope.forEach((p, uri) -> {
        if (!p.isEmpty() || !uri.isEmpty()) {
          sb.append(p.isEmpty() ? " xmlns" : " xmlns:" + p).append("=\"").append(escape(uri)).append('"');
        }
      });
      prefixCache = sb.append('>').toString();
      prefixStale = false;
    }
    return prefixCache;
  }

  static final String WRAPPER_END = "</libnet-chunk>";

  /** The next find, or {@code null} at the end of the input. */
  Frame next() {
    try {
      if (!started) {
        start();
      }
      return scan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void start() throws IOException {
    started = true;
    if (ensure(3) && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
  }

  // --- the scan outside records ---

  private Frame scan() throws IOException {
    while (true) {
      chunkStart = -1;
      if (!skipText()) {
        return endOfInput();
      }
      long tagLine = line;
      int tagColumn = column(pos - 1);
      mark = pos - 1;
      int c = read();
      if (c == '/') {
        String name = readName(-1);
        skipTagEnd();
        mark = -1;
        Frame done = closeOuter(name);
        if (done != null) {
          return done;
        }
      } else if (c == '!') {
        if (!skipDeclaration()) {
          mark = -1;
          return doctype(tagLine);
        }
        if (markupUnclosed) {
          return unclosedMarkup(tagLine);
        }
      } else if (c == '?') {
        skipInstruction(base + mark <= 3);
        if (markupUnclosed) {
          return unclosedMarkup(tagLine);
        }
      } else if (c >= 0) {
        String qname = readName(c);
        boolean empty = readAttributes(true);
        Frame f = startElement(qname, empty, tagLine, tagColumn);
        if (f != null) {
          return f;
        }
      } else {
        return endOfInput();
      }
      mark = -1;
    }
  }

  private Frame startElement(String qname, boolean empty, long tagLine, int tagColumn) throws IOException {
    List<String[]> declared = new ArrayList<>(2);
    String status = null;
    for (String[] a : attributes) {
      if (a[0].equals("xmlns")) {
        declared.add(new String[] {"", a[1]});
      } else if (a[0].startsWith("xmlns:")) {
        declared.add(new String[] {a[0].substring(6), a[1]});
      } else if (a[0].equals("status")) {
        status = a[1];
      }
    }
    String namespace = resolve(prefix(qname), declared);
    String local = local(qname);
    Element parent = outer.isEmpty() ? null : outer.get(outer.size() - 1);
    Element envelope = innermostEnvelope();
    if (envelope != null && envelope.content == null && !namespace.equals(envelope.namespace) && !"record".equals(local)) {
      envelope.content = qname;
      envelope.contentNamespace = namespace;
    }
    if ("header".equals(local) && OAI_NS.equals(namespace) && "deleted".equals(status) && envelope != null) {
      envelope.deleted = true;
    }
    if ("record".equals(local) && (namespace.isEmpty() || MARC_NS.equals(namespace))) {
      for (Element e : outer) {
        e.holdsMarc |= e.envelope;
      }
      return record(qname, namespace, empty, tagLine, tagColumn);
    }
    if (!empty) {
      boolean isEnvelope = "record".equals(local);
      outer.add(new Element(qname, declared, isEnvelope, tagLine, namespace));
      if (!declared.isEmpty()) {
        prefixStale = true;
      }
    }
    return null;
  }

  private Element innermostEnvelope() {
    for (int i = outer.size() - 1; i >= 0; i--) {
      if (outer.get(i).envelope) {
        return outer.get(i);
      }
    }
    return null;
  }

  // An end tag outside records: closes the innermost open element of that name (an unmatched end tag is
  // left to the parser of the record it belongs to, if any, and otherwise ignored).
  private Frame closeOuter(String name) {
    for (int i = outer.size() - 1; i >= 0; i--) {
      if (outer.get(i).qname.equals(name)) {
        Frame refused = null;
        for (int j = outer.size() - 1; j >= i; j--) {
          Element e = outer.remove(j);
          if (!e.namespaces.isEmpty()) {
            prefixStale = true;
          }
          if (e.envelope && !e.holdsMarc && !e.deleted && refused == null) {
            refused = notMarc(e);
          }
        }
        return refused;
      }
    }
    return null;
  }

  private Frame notMarc(Element e) {
    frame.kind = Kind.NOT_MARC;
    frame.line = e.line;
    frame.element = e.content != null ? e.content : e.qname;
    frame.namespace = e.content != null ? e.contentNamespace : e.namespace;
    return frame;
  }

  private Frame endOfInput() {
    // an envelope left open at the end is reported like a closed one
    for (int i = outer.size() - 1; i >= 0; i--) {
      Element e = outer.remove(i);
      if (e.envelope && !e.holdsMarc && !e.deleted) {
        return notMarc(e);
      }
    }
    return null;
  }

  // A comment, CDATA section or instruction left open hides everything after it: said, not passed over.
  private Frame unclosedMarkup(long at) {
    mark = -1;
    markupUnclosed = false;
    frame.kind = Kind.UNCLOSED_MARKUP;
    frame.line = at;
    return frame;
  }

  private Frame doctype(long at) {
    frame.kind = Kind.DOCTYPE;
    frame.line = at;
    return frame;
  }

  // --- a record ---

  private Frame record(String qname, String namespace, boolean empty, long tagLine, int tagColumn) throws IOException {
    chunkStart = mark;
    mark = -1;
    discarding = false;
    frame.element = qname;
    frame.namespace = namespace;
    frame.line = tagLine;
    frame.column = tagColumn;
    frame.endedBy = null;
    frame.closing = "";
    if (empty) {
      return chunk();
    }
    if (!qname.equals(recordName)) {
      recordName = qname;
      recordBytes = qname.getBytes(StandardCharsets.UTF_8);
    }
    // Only three things matter inside a record: its end tag, the start of another record, and the end tag
    // of an element around it (the last two mean its end tag is missing). Names are compared in place
    // and attributes are not read: a '<' cannot occur inside a well-formed attribute value.
    while (true) {
      if (!skipText()) {
        chunkStart = discarding ? -1 : chunkStart;
        frame.kind = discarding ? Kind.TOO_LARGE : Kind.TRUNCATED;
        return frame;
      }
      mark = pos - 1;
      ensure(NAME_LOOKAHEAD);
      if (pos >= lim) {
        continue;
      }
      byte c = buf[pos];
      if (c == '/') {
        if (nameAt(pos + 1, recordBytes)) {
          pos += 1 + recordBytes.length;
          skipTagEnd();
          mark = -1;
          return chunk();
        }
        for (Element e : outer) {
          if (nameAt(pos + 1, e.bytes)) {
            // </collection> inside a record: its end tag is missing; the outer scan takes the tag
            return unclosed("</" + e.qname + ">");
          }
        }
      } else if (c == '!') {
        pos++;
        if (!skipDeclaration()) {
          mark = -1;
          return doctype(line);
        }
      } else if (c == '?') {
        pos++;
        skipInstruction(false);
      } else {
        int p = pos;
        int limit = Math.min(lim, pos + NAME_LOOKAHEAD);
        while (p < limit && !nameEnd(buf[p])) {
          p++;
        }
        int n = p - pos;
        if (n >= 6 && isRecord(p) && (n == 6 || buf[p - 7] == ':')) {
          return unclosed("<" + new String(buf, pos, n, StandardCharsets.UTF_8) + ">");
        }
      }
      mark = -1;
    }
  }

  private static final int NAME_LOOKAHEAD = 256;
  private static final byte[] RECORD = "record".getBytes(StandardCharsets.US_ASCII);
  private String recordName;
  private byte[] recordBytes;

  private boolean isRecord(int end) {
    for (int k = 0; k < 6; k++) {
      if (buf[end - 6 + k] != RECORD[k]) {
        return false;
      }
    }
    return true;
  }

  // Whether name is written at i, followed by the end of a name.
  private boolean nameAt(int i, byte[] name) {
    if (i + name.length >= lim) {
      return false;
    }
    for (int k = 0; k < name.length; k++) {
      if (buf[i + k] != name[k]) {
        return false;
      }
    }
    return nameEnd(buf[i + name.length]);
  }

  private static boolean nameEnd(byte b) {
    return b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '<';
  }

  // The record ends at mark (the '<' of what ended it), which the outer scan reads next. The end tags
  // that close what it left open come from a second look at the chunk: this happens to damaged records only.
  private Frame unclosed(String by) {
    pos = mark;
    mark = -1;
    frame.endedBy = by;
    frame.endedAt = line;
    List<String> open = openElements(chunkStart, pos);
    StringBuilder closing = new StringBuilder();
    for (int i = open.size() - 1; i >= 0; i--) {
      closing.append("</").append(open.get(i)).append('>');
    }
    frame.closing = closing.toString();
    return chunk();
  }

  // The elements open at the end of b[from, to), outermost first.
  private List<String> openElements(int from, int to) {
    ArrayList<String> open = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (buf[i] != '<') {
        i++;
        continue;
      }
      i++;
      if (i >= to) {
        break;
      }
      if (buf[i] == '!' || buf[i] == '?') {
        String end = buf[i] == '?' ? "?>" : startsWith(i, to, "!--") ? "-->" : startsWith(i, to, "![CDATA[") ? "]]>" : ">";
        i = indexOf(i, to, end);
        continue;
      }
      boolean closing = buf[i] == '/';
      int n = closing ? i + 1 : i;
      int e = n;
      while (e < to && !nameEnd(buf[e])) {
        e++;
      }
      String name = new String(buf, n, e - n, StandardCharsets.UTF_8);
      byte quote = 0;
      byte prev = 0;
      while (e < to && (quote != 0 || buf[e] != '>')) {
        if (quote == 0 && (buf[e] == '"' || buf[e] == '\'')) {
          quote = buf[e];
        } else if (buf[e] == quote) {
          quote = 0;
        }
        prev = buf[e];
        e++;
      }
      if (closing) {
        if (!open.isEmpty() && open.get(open.size() - 1).equals(name)) {
          open.remove(open.size() - 1);
        }
      } else if (prev != '/') {
        open.add(name);
      }
      i = e;
    }
    return open;
  }

  private boolean startsWith(int i, int to, String s) {
    if (i + s.length() > to) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (buf[i + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(int i, int to, String s) {
    for (int k = i; k + s.length() <= to; k++) {
      if (startsWith(k, to, s)) {
        return k + s.length();
      }
    }
    return to;
  }

  private Frame chunk() {
    frame.endLine = line;
    if (discarding) {
      frame.kind = Kind.TOO_LARGE;
    } else {
      frame.kind = Kind.RECORD;
      frame.start = chunkStart;
      frame.end = pos;
    }
    return frame;
  }

  // --- the bytes ---

  // Skips text up to and including the next '<'; false at the end of the input.
  private boolean skipText() throws IOException {
    while (true) {
      byte[] b = buf;
      int p = pos;
      int l = lim;
      while (p < l) {
        byte x = b[p++];
        if (x == '<') {
          pos = p;
          return true;
        }
        if (x == '\n') {
          line++;
          lineStart = base + p;
        }
      }
      pos = p;
      if (!more()) {
        return false;
      }
    }
  }

  private int read() throws IOException {
    if (pos >= lim && !more()) {
      return -1;
    }
    int x = buf[pos++] & 0xFF;
    if (x == '\n') {
      line++;
      lineStart = base + pos;
    }
    return x;
  }

  private boolean ensure(int n) throws IOException {
    while (lim - pos < n) {
      if (!more()) {
        return false;
      }
    }
    return true;
  }

  // Reads more input, moving what must be kept to the front of the buffer; false at the end.
  private boolean more() throws IOException {
    if (eof) {
      return false;
    }
    int keep = pos;
    if (mark >= 0) {
      keep = Math.min(keep, mark);
    }
    if (chunkStart >= 0) {
      keep = Math.min(keep, chunkStart);
    }
    if (keep > 0) {
      System.arraycopy(buf, keep, buf, 0, lim - keep);
      lim -= keep;
      pos -= keep;
      base += keep;
      if (mark >= 0) {
        mark -= keep;
      }
      if (chunkStart >= 0) {
        chunkStart -= keep;
      }
    }
    if (lim == buf.length) {
      if (chunkStart >= 0 && buf.length >= MAX_RECORD) {
        // the record is too large to keep: drop it and scan on to its end
        discarding = true;
        chunkStart = -1;
        return more();
      }
      buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
    int n = in.read(buf, lim, buf.length - lim);
    if (n < 0) {
      eof = true;
      return false;
    }
    lim += n;
    return true;
  }

  private int column(int at) {
    return (int) (base + at - lineStart) + 1;
  }

  // A name (element or attribute) up to white space, '/', '>', '=' or '<'; first is its first byte or -1.
  private String readName(int first) throws IOException {
    int n = 0;
    int c = first >= 0 ? first : read();
    while (c >= 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '/' && c != '>' && c != '=' && c != '<') {
      if (n < nameBytes.length) {
        nameBytes[n++] = (byte) c;
      }
      c = read();
    }
    if (c >= 0) {
      unread(c);
    }
    return name(n);
  }

  private void unread(int c) {
    pos--;
    if (c == '\n') {
      line--;
    }
  }

  // Names repeat (subfield, datafield); a small cache spares a String per tag.
  private String name(int n) {
    for (int i = 0; i < nameCount; i++) {
      String s = names[i];
      if (s.length() == n && same(s, n)) {
        return s;
      }
    }
    String s = new String(nameBytes, 0, n, StandardCharsets.UTF_8);
    if (nameCount < names.length && s.length() == n) {
      names[nameCount++] = s;
    }
    return s;
  }

  private boolean same(String s, int n) {
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != (nameBytes[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  // Reads the attributes of a start tag to its '>', collecting them when asked; whether it was empty
  // ("/>"). A '<' ends a broken tag there, so a missing quote cannot swallow what follows.
  private boolean readAttributes(boolean collect) throws IOException {
    attributes.clear();
    while (true) {
      int c = read();
      if (c < 0) {
        return false;
      }
      if (c == '>') {
        return false;
      }
      if (c == '/') {
        int d = read();
        if (d == '>') {
          return true;
        }
        if (d >= 0) {
          unread(d);
        }
        continue;
      }
      if (c == '<') {
        unread(c);
        return false;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      String name = readName(c);
      int d = skipSpace();
      if (d != '=') {
        if (d >= 0) {
          unread(d);
        }
        continue;
      }
      int q = skipSpace();
      if (q != '"' && q != '\'') {
        if (q >= 0) {
          unread(q);
        }
        continue;
      }
      StringBuilder value = collect ? new StringBuilder() : null;
      int v;
      while ((v = read()) >= 0 && v != q) {
        if (v == '<') {
          unread(v);
          return false;
        }
        if (value != null) {
          value.append((char) v);
        }
      }
      if (value != null) {
        attributes.add(new String[] {name, decodeValue(value)});
      }
    }
  }

  private int skipSpace() throws IOException {
    int c;
    do {
      c = read();
    } while (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    return c;
  }

  private void skipTagEnd() throws IOException {
    int c;
    while ((c = read()) >= 0 && c != '>') {
      if (c == '<') {
        unread(c);
        return;
      }
    }
  }

  // After "<!": a comment or CDATA section is skipped (true); anything else is a markup declaration.
  private boolean skipDeclaration() throws IOException {
    int c = read();
    if (c == '-') {
      if (read() != '-') {
        return true;
      }
      skipUntil("-->");
      return true;
    }
    if (c == '[') {
      skipUntil("CDATA[");
      skipUntil("]]>");
      return true;
    }
    return false;
  }

  private void skipInstruction(boolean atStart) throws IOException {
    StringBuilder text = atStart ? new StringBuilder() : null;
    int prev = -1;
    int c;
    while ((c = read()) >= 0) {
      if (c == '>' && prev == '?') {
        break;
      }
      if (text != null && text.length() < 512) {
        text.append((char) c);
      }
      prev = c;
    }
    if (c < 0) {
      markupUnclosed = true;
    }
    if (text != null && text.toString().startsWith("xml")) {
      Matcher v = VERSION.matcher(text);
      if (v.find()) {
        version = v.group(1);
      }
      Matcher e = ENCODING.matcher(text);
      if (e.find()) {
        encoding = e.group(1);
      }
    }
  }

  private void skipUntil(String end) throws IOException {
    int matched = 0;
    int c;
    while ((c = read()) >= 0) {
      if (c == end.charAt(matched)) {
        if (++matched == end.length()) {
          return;
        }
      } else {
        matched = c == end.charAt(0) ? 1 : 0;
      }
    }
    markupUnclosed = true;
  }

  /** Set when the input ended inside a comment or CDATA section being skipped. */
  private boolean markupUnclosed;

  private String resolve(String prefix, List<String[]> declared) {
    if ("xml".equals(prefix)) {
      return "http://www.w3.org/XML/1998/namespace";
    }
    for (String[] ns : declared) {
      if (ns[0].equals(prefix)) {
        return ns[1];
      }
    }
    for (int i = outer.size() - 1; i >= 0; i--) {
      for (String[] ns : outer.get(i).namespaces) {
        if (ns[0].equals(prefix)) {
          return ns[1];
        }
      }
    }
    return "";
  }

  static String prefix(String qname) {
    int colon = qname.indexOf(':');
    return colon < 0 ? "" : qname.substring(0, colon);
  }

  static String local(String qname) {
    int colon = qname.indexOf(':');
    return colon < 0 ? qname : qname.substring(colon + 1);
  }

  // Attribute values outside records are namespace names and OAI status values: ASCII in practice; the
  // predefined entities are decoded, other bytes kept as they are.
  private static String decodeValue(StringBuilder raw) {
    String s = raw.toString();
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
