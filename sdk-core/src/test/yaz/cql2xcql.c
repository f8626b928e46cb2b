/* Reads one CQL query per line on stdin; for each prints yaz's XCQL, or "ERROR <code>", then a line "%%". */
#include <stdio.h>
#include <string.h>
#include <yaz/cql.h>
int main(int argc, char **argv) {
  char line[1 << 16];
  int strict = argc > 1 && !strcmp(argv[1], "-s");
  while (fgets(line, sizeof line, stdin)) {
    size_t n = strlen(line);
    if (n && line[n - 1] == '\n') line[--n] = 0;
    CQL_parser cp = cql_parser_create();
    cql_parser_strict(cp, strict);
    int r = cql_parser_string(cp, line);
    if (r) printf("ERROR %d\n", r);
    else cql_to_xml_stdio(cql_parser_result(cp), stdout);
    printf("%%%%\n");
    fflush(stdout);
    cql_parser_destroy(cp);
  }
  return 0;
}
