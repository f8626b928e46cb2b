#!/usr/bin/env perl
# Records MARC::Lint's findings per record, for the differential validation test (issue 13,
# vn.libnet.marc.validation.MarcLintDifferentialTest). Reads the ISO 2709 files of the corpus that
# yaz-marcdump reads without a warning (yaz/MANIFEST.tsv, outside damaged/), record by record with
# MARC::File::USMARC, runs MARC::Lint->check_record on each and writes one line per finding:
#
#   file <TAB> record number (1-based) <TAB> 001 <TAB> finding
#
# and a line "file <TAB> n <TAB> 001 <TAB> -" for each record without a finding, so that the test can
# check that both sides read the same records. Output: marc/marclint-records/findings.tsv beside the corpus (bytes as Lint gives them).
# Usage: perl sdk-marc/src/test/scripts/record-marclint-per-record.pl [corpus-dir [output-dir]]
# Needs Debian's libmarc-lint-perl (MARC::Lint 1.53 was used for the committed fixture).
use strict;
use warnings;
use File::Basename qw(dirname);
use Cwd qw(abs_path);
use MARC::File::USMARC;
use MARC::Lint;

my $here = dirname(abs_path($0));
my $corpus = abs_path($ARGV[0] // "$here/../resources/marc/corpus");
my $outdir = $ARGV[1] // "$corpus/../marclint-records";
mkdir $outdir unless -d $outdir;
open my $manifest, '<', "$corpus/yaz/MANIFEST.tsv" or die "no yaz/MANIFEST.tsv: $!";
my @files;
while (my $line = <$manifest>) {
  next if $. <= 2;
  chomp $line;
  my @c = split /\t/, $line;
  push @files, $c[0] if $c[1] eq 'marc' && $c[4] == 0 && $c[5] == 0 && $c[3] > 0 && $c[0] !~ m{^damaged/};
}
close $manifest;
open my $out, '>:raw', "$outdir/findings.tsv" or die $!;
print $out "# MARC::Lint $MARC::Lint::VERSION, MARC::Record $MARC::Record::VERSION; per record of the clean ISO 2709 corpus files\n";
my $lint = MARC::Lint->new;
my ($nfiles, $nrecords) = (0, 0);
for my $rel (sort @files) {
  my $file = MARC::File::USMARC->in("$corpus/$rel") or die "cannot open $rel";
  $nfiles++;
  my $n = 0;
  while (1) {
    my $record = eval { $file->next };
    last if !$record && !$@;
    $n++;
    if (!$record) {
      print $out join("\t", $rel, $n, '', "UNREADABLE"), "\n";
      next;
    }
    $nrecords++;
    my $f001 = $record->field('001');
    my $id = $f001 ? $f001->data : '';
    $id =~ s/[\t\r\n\x00-\x1f]/ /g;
    $lint->check_record($record);
    my @w = $lint->warnings;
    if (!@w) {
      print $out join("\t", $rel, $n, $id, '-'), "\n";
    }
    for my $w (@w) {
      utf8::encode($w) if utf8::is_utf8($w);
      $w =~ s/[\t\r\n]/ /g;
      # findings quote field data; keep bytes as they are (MARC-8 records are linted as bytes)
      print $out join("\t", $rel, $n, $id, $w), "\n";
    }
  }
  $file->close;
}
close $out;
print STDERR "linted $nrecords records of $nfiles files into $outdir/findings.tsv\n";
