#!/usr/bin/env perl
# Writes the MARC code lists the validator checks 041, 043, 044 and 008/15-17, 008/35-37 against:
# sdk-marc/src/main/resources/vn/libnet/marc/validation/marc-code-lists.txt
#
# The codes are facts of the Library of Congress MARC Code Lists (Languages, Geographic Areas,
# Countries; US government works in the public domain), valid and discontinued ("obsolete") codes.
# They are taken as a list of codes only from the tables of MARC::Lint::CodeData (Debian package
# libmarc-lint-perl), which transcribes those LC lists; no code or text of that module is copied.
# Usage: perl sdk-marc/src/test/scripts/make-marc-code-lists.pl
use strict;
use warnings;
use File::Basename qw(dirname);
use Cwd qw(abs_path);
use MARC::Lint::CodeData qw(%GeogAreaCodes %ObsoleteGeogAreaCodes %LanguageCodes %ObsoleteLanguageCodes
  %CountryCodes %ObsoleteCountryCodes);

my $here = dirname(abs_path($0));
my $out = "$here/../../main/resources/vn/libnet/marc/validation/marc-code-lists.txt";
open my $fh, '>:encoding(UTF-8)', $out or die "$out: $!";
print $fh <<"HEAD";
# MARC Code Lists (Library of Congress, Network Development and MARC Standards Office) as data for LibNet SDK.
# source: LC MARC Code List for Languages, for Geographic Areas, for Countries (https://www.loc.gov/marc/); the codes
#         are public-domain facts, taken as a code list from MARC::Lint::CodeData $MARC::Lint::CodeData::VERSION (Debian libmarc-lint-perl),
#         which transcribes the LC lists, by sdk-marc/src/test/scripts/make-marc-code-lists.pl
# version: LC code lists as of 2020-09-05 (MARC::Lint::CodeData $MARC::Lint::CodeData::VERSION)
# check:  against LC's own XML lists countries.xml and gacs.xml (2013 edition, copies in github.com/rrasch/libpublishing
#         at 189e7449eb34d2a6f1fc244f0999ca625b0e2299): the 333 valid country codes agree; of the geographic area
#         codes, LC 2013 has n-us-m (a typo of n-us-ma) and su, this list i-xo, n-us-fl, n-us-ma and sp
# Syntax: LIST|CODE|STATUS where LIST is language, gac or country and STATUS is valid or obsolete
#         (a discontinued code, still found in older records).
HEAD
my @lists = (
  [language => \%LanguageCodes, \%ObsoleteLanguageCodes],
  [gac => \%GeogAreaCodes, \%ObsoleteGeogAreaCodes],
  [country => \%CountryCodes, \%ObsoleteCountryCodes],
);
my $n = 0;
for my $l (@lists) {
  my ($name, $valid, $obsolete) = @$l;
  for my $code (sort keys %$valid) { print $fh "$name|$code|valid\n"; $n++; }
  for my $code (sort keys %$obsolete) {
    next if $valid->{$code};
    print $fh "$name|$code|obsolete\n"; $n++;
  }
}
close $fh;
print STDERR "wrote $n codes to $out\n";
