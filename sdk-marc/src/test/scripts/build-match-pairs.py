"""Builds the labelled pairs of sdk-marc/src/test/resources/match/pairs/ from real public records.

Usage: DEST=<pairs folder> python3 build-match-pairs.py CORPUS EXTRA FOLIO
  CORPUS  sdk-marc/src/test/resources/marc/corpus (records of other projects, see its SOURCES.md)
  EXTRA   a folder holding, under <owner>+<repo>/, the MARCXML and ISO 2709 test fixtures of
          pulibrary/bibdata, sul-dlss/searchworks_traject_indexer and lcnetdev/marc2bibframe2 at the
          commits named in match/pairs/SOURCES.md (taken with git show <commit>:<path>), as src/<owner>+<repo>/
  FOLIO   a folder with sample100.mrc, 100.mrc, 61PRINT160129.mrc, CornellFOLIOExemplars.mrc and
          UChicago_SampleBibs.xml of folio-org/mod-data-import at the commit in SOURCES.md
Needs yaz-marcdump (reads every file). Candidate pairs are blocked by shared identifiers and title;
each pair is labelled by the rules in book() and serial() below (what a cataloguer compares: type of
record, part, edition, ISBN/ISSN/LCCN, year, title, extent; 776 links), with the hand decisions in
OVR for the pairs the rules leave open, and hard non-duplicates are added from shared title words.
Records of LGPL or Artistic-licensed projects (marc4j, marc-perl), test dummies and records with
undecodable bytes are left out. Writes records.xml, records.tsv and pairs.tsv into DEST.
"""
import sys, os, subprocess, json, xml.etree.ElementTree as ET
NS='{http://www.loc.gov/MARC21/slim}'
def records(path):
    fmt = 'marcxml' if path.endswith('.xml') else 'marc'
    if path.endswith('.json') or path.endswith('.ndj'): return
    try:
        out = subprocess.run(['yaz-marcdump','-i',fmt,'-o','marcxml',path],capture_output=True,timeout=60).stdout
        root = ET.fromstring(out)
    except Exception as e:
        try:
            out = subprocess.run(['yaz-marcdump','-i',fmt,'-o','marcxml',path],capture_output=True,timeout=60).stdout
            root = ET.fromstring(out.decode('utf-8','replace').encode())
        except Exception as e2:
            print('FAIL',path,e2,file=sys.stderr); return
    for i,r in enumerate(root.iter(NS+'record')):
        ld = r.find(NS+'leader'); ld = ld.text if ld is not None else ''
        fields=[]
        for f in r:
            if f.tag==NS+'controlfield': fields.append([f.get('tag'),f.text or ''])
            elif f.tag==NS+'datafield':
                fields.append([f.get('tag'),(f.get('ind1') or ' ')+(f.get('ind2') or ' '),[[s.get('code'),s.text or ''] for s in f]])
        yield i, ld, fields
import json,collections,re,sys

def sub(r,tag,code):
    out=[]
    for f in r['fields']:
        if f[0]==tag and len(f)==3:
            out+= [s[1] for s in f[2] if s[0]==code]
    return out
def ctl(r,tag):
    for f in r['fields']:
        if f[0]==tag and len(f)==2: return f[1]
    return ''
def oclc(r):
    out=set()
    for v in sub(r,'035','a'):
        m=re.match(r'\(OCoLC\)\D*0*(\d+)',v)
        if m: out.add(m.group(1))
    return out
def norm(t): return re.sub(r'[^a-z0-9]','',t.lower())[:40]

# ---- read every record of the source folders (the corpus, the extra fixtures, FOLIO's samples)
SOURCES=sys.argv[1:]
if not SOURCES:
    sys.exit(__doc__)
recs=[]
for root in SOURCES:
    for dp,dn,fn in os.walk(root):
        for f in sorted(fn):
            p=os.path.join(dp,f)
            for i,ld,fields in records(p):
                r={'file':p,'n':i,'leader':ld,'fields':fields}
                if '/yaz/' in p or re.match(r'^.{5}[a-z]z',ld): continue  # oracle outputs; authority records
                recs.append(r)
import json,collections,re,sys

def brief(r):
    t=' '.join(sub(r,'245','a')+sub(r,'245','b')+sub(r,'245','n')+sub(r,'245','p'))[:70]
    return f"{r['file'].split('corpus/')[-1][:45]}#{r['n']} L={r['leader'][6:8]} 001={ctl(r,'001')[:14]} 008={ctl(r,'008')[7:15]} issn={sub(r,'022','a')}{sub(r,'022','l')} oclc={sorted(oclc(r))} lccn={sub(r,'010','a')} 776={sub(r,'776','x')} T={t}"
import json,collections,re,sys

# distinct records
seen={}; D=[]
for r in recs:
    k=json.dumps(r['fields'],ensure_ascii=False)+r['leader'][5:9]
    if k in seen: continue
    seen[k]=len(D); D.append(r)
def isbns(r):
    out=set()
    for v in sub(r,'020','a'):
        d=re.sub(r'[^0-9Xx]','',v.split(' ')[0])
        if len(d) in (10,13): out.add(d[-10:-1] if len(d)==10 else d[3:12])
    return out
def ids(r):
    s=set('b'+x for x in isbns(r))
    s|=set('o'+x for x in oclc(r))
    s|=set('i'+v.strip()[:9] for v in sub(r,'022','a')+sub(r,'022','l')+sub(r,'776','x'))
    s|=set('l'+re.sub(r'\s','',v).split('/')[0] for v in sub(r,'010','a'))
    return s
def tnorm(r):
    t=sub(r,'245','a'); return norm(t[0])[:20] if t else None
idx=collections.defaultdict(set)
for k,r in enumerate(D):
    for i in ids(r): idx[i].add(k)
    t=tnorm(r)
    if t and len(t)>3: idx['t'+t].add(k)
pairs=set()
for key,ks in idx.items():
    ks=sorted(ks)
    if len(ks)>40: continue
    for i in range(len(ks)):
        for j in range(i+1,len(ks)): pairs.add((ks[i],ks[j]))
cnt=collections.Counter()
for a,b in pairs:
    la,lb=D[a]['leader'][7],D[b]['leader'][7]
    cnt['serial' if 's' in (la,lb) or 'i' in (la,lb) else 'book' if la==lb=='m' else 'other']+=1

C={'D':D,'pairs':[list(p) for p in sorted(pairs)]}
import json,re,collections,sys


def f(r):
    return dict(
      src=r['file'].split('corpus/')[-1].replace('src/','').replace('/tmp/m/','')[:40]+'#'+str(r['n']),
      L=r['leader'][6:8], t=' '.join(sub(r,'245','a')+sub(r,'245','b')+sub(r,'245','n')+sub(r,'245','p'))[:50],
      isbn=[v.split(' ')[0] for v in sub(r,'020','a')][:3], oclc=sorted(oclc(r)), ed=sub(r,'250','a'),
      pub=(sub(r,'260','b')+sub(r,'264','b'))[:1], yr=ctl(r,'008')[7:11], dt=(sub(r,'260','c')+sub(r,'264','c'))[:1], ext=sub(r,'300','a')[:1], au=(sub(r,'100','a')+sub(r,'110','a')+sub(r,'700','a'))[:1])
import json,re,collections,random

def bad(r):
    j=json.dumps(r['fields'],ensure_ascii=False)
    return ('marc4j/' in r['file'] or 'marc-perl/' in r['file'] or '\ufffd' in j or 'krtest' in r['file']
            or 'marc_cleanup' in r['file'] or re.search(r'test record|Managed PURL|database 999t|Host bibliographic record|Voyager Diacritic test|Genre from 6|diacritic test',j,re.I) or '/yaz/' in r['file']
            or not sub(r,'245','a'))
def isb(r):
    s=set()
    for v in sub(r,'020','a'):
        d=re.sub(r'[^0-9Xx]','',v.split(' ')[0]).upper()
        if len(d)==10: s.add(d[:9])
        elif len(d)==13 and d.startswith('978'): s.add(d[3:12])
        elif len(d)==13: s.add(d)
    return s
def issn(r): return set(re.sub(r'[^0-9X]','',v.upper())[:8] for v in sub(r,'022','a') if len(re.sub(r'[^0-9X]','',v.upper()))>=8)
def lccn(r): return set(re.sub(r'\s','',v).split('/')[0] for v in sub(r,'010','a'))
def yr(r): return ctl(r,'008')[7:11]
def ext(r):
    m=re.search(r'\d+',(sub(r,'300','a') or [''])[0]); return int(m.group()) if m else None
import unicodedata
def fold(t): return re.sub(r'[^a-z0-9]','',''.join(c for c in unicodedata.normalize('NFKD',t.lower()) if not unicodedata.combining(c)))
def ttl(r): return fold(' '.join(sub(r,'245','a')))
def ed(r): return re.sub(r'[^a-z0-9]','',' '.join(sub(r,'250','a')).lower())
def parts(r): return re.sub(r'[^a-z0-9]','',' '.join(sub(r,'245','n')+sub(r,'245','p')).lower())
def book(a,b):
    A,B=D[a],D[b]
    if A['leader'][6]!=B['leader'][6]: return ('no','different type of record (Leader/06 %s vs %s)'%(A['leader'][6],B['leader'][6]))
    if parts(A)!=parts(B): return ('no','different part or volume (245 $n/$p)')
    if ed(A)!=ed(B) and ed(A) and ed(B): return ('no','different edition statements (250)')
    ia,ib=isb(A),isb(B)
    if ia and ib and not ia&ib: return ('no','different ISBNs: another manifestation')
    if yr(A)!=yr(B) and yr(A).isdigit() and yr(B).isdigit(): return ('no','different year of publication (%s vs %s)'%(yr(A),yr(B)))
    if ttl(A)[:15]!=ttl(B)[:15]: return ('no','different titles')
    ea,eb=ext(A),ext(B)
    if ea and eb and abs(ea-eb)>max(3,0.1*max(ea,eb)): return ('no','different extent (%s vs %s)'%(ea,eb))
    if oclc(A)&oclc(B): return ('yes','same OCLC number, title, year and extent: one manifestation')
    if ia&ib: return ('yes','same ISBN, title, year and extent: one manifestation')
    return (None,'undecided')
def serial(a,b):
    A,B=D[a],D[b]
    for x,y in ((A,B),(B,A)):
        if set(re.sub(r'[^0-9X]','',v.upper())[:8] for v in sub(x,'776','x')) & issn(y): return ('no','print and online forms of one serial (776 link): separate records, linked')
    if A['leader'][7]!=B['leader'][7] and 'm' in (A['leader'][7],B['leader'][7]): return ('no','a serial and a monograph')
    if parts(A)!=parts(B): return ('no','different section or part of a serial (245 $n/$p)')
    ia,ib=issn(A),issn(B)
    if ia and ib and not ia&ib: return ('no','different ISSNs: different serials')
    la,lb=lccn(A),lccn(B)
    if la and lb and not la&lb: return ('no','different LCCNs: different serials')
    if ttl(A)[:20]!=ttl(B)[:20]: return ('no','different titles: different serials')
    if yr(A)!=yr(B) and yr(A).isdigit() and yr(B).isdigit(): return ('no','different beginning dates (%s vs %s)'%(yr(A),yr(B)))
    if ia&ib or oclc(A)&oclc(B) or la&lb: return ('yes','same ISSN/OCLC/LCCN, title and beginning date: one serial')
    if ttl(A)==ttl(B) and yr(A)==yr(B) and (sub(A,'260','b')+sub(A,'264','b'))[:1]==(sub(B,'260','b')+sub(B,'264','b'))[:1]: return ('yes','same title, beginning date and publisher, no identifiers: one serial')
    return (None,'undecided')
sel=[]
for a,b in C['pairs']:
    A,B=D[a],D[b]
    if bad(A) or bad(B): continue
    if A['leader'][7] in 'si' or B['leader'][7] in 'si':
        if A['leader'][7] in 'si' and B['leader'][7] in 'si': sel.append(('serial',a,b)+serial(a,b))
    elif A['leader'][7]=='m' and B['leader'][7]=='m' and A['leader'][6] in 'at' and B['leader'][6] in 'at':
        sel.append(('book',a,b)+book(a,b))
# serial hard and easy negatives from the pool
S=[k for k,r in enumerate(D) if r['leader'][7] in 'si' and not bad(r)]
def words(r): return set(w for w in re.findall(r'[a-z]+',' '.join(sub(r,'245','a')+sub(r,'245','b')).lower()) if len(w)>=4 and w not in ('journal','report','annual','bulletin','review'))
have=set((x[1],x[2]) for x in sel)
for i in S:
    for j in S:
        if i<j and (i,j) not in have:
            wi,wj=words(D[i]),words(D[j])
            if wi&wj: sel.append(('serial',i,j)+serial(i,j)); have.add((i,j))
OVR={('traject/test_data.utf8.marc.xml#3','traject/test_data.utf8.marc.xml#28'):('yes','independent records of one book: same title, publisher, year, 480 p.; LC re-catalogued it (010 $z)'),
('traject/test_data.utf8.marc.xml#3','damaged/random-bytes-seed12.mrc#28'):('yes','independent records of one book (the second with damaged bytes): same title, publisher, year, 480 p.'),
('traject/test_data.utf8.marc.xml#11','damaged/random-bytes-seed12.mrc#11'):('yes','one record, one copy with a damaged byte in the title'),('traject/test_data.utf8.marc.xml#16','damaged/random-bytes-seed12.mrc#16'):('yes','one record, one copy with damaged bytes'),
('traject/test_data.utf8.marc.xml#17','damaged/random-bytes-seed12.mrc#17'):('yes','one record, one copy with damaged bytes'),('traject/test_data.utf8.marc.xml#25','damaged/random-bytes-seed12.mrc#25'):('yes','one record, one copy with damaged bytes'),('traject/test_data.utf8.marc.xml#27','damaged/random-bytes-seed12.mrc#27'):('yes','one record, one copy with damaged bytes'),
('trln-argot/unc.mrc#39','trln-argot/unc.mrc#40'):('yes','full and brief copy of one record (same 001, title, edition, imprint)'),
('trln-argot/nccu-xml/primary_oclc_sirsi.xml#0','trln-argot/nccu-xml/primary_oclc_sirsi_exclude.xml#0'):('yes','one record exported twice (035 $q differs)'),('trln-argot/duke-xml/oclc_leading_zeros.xml#0','trln-argot/duke-xml/primary_oclc_exclude.xml#0'):('yes','one record exported twice (035 $q differs)'),
('trln-argot/ncsu-xml/base.xml#4','trln-argot/ncsu-xml/base.xml#5'):('yes','one record, different 001 in two exports'),('trln-argot/ncsu-xml/base.xml#4','trln-argot/ncsu-xml/online-item-no-856-no-barcode.xml#0'):('yes','one record, local fields differ'),('trln-argot/ncsu-xml/base.xml#4','trln-argot/ncsu-xml/only-shadowed-location-items.xml#0'):('yes','one record, local fields differ'),
('trln-argot/ncsu-xml/base.xml#5','trln-argot/ncsu-xml/online-item-no-856-no-barcode.xml#0'):('yes','one record, local fields differ'),('trln-argot/ncsu-xml/base.xml#5','trln-argot/ncsu-xml/only-shadowed-location-items.xml#0'):('yes','one record, local fields differ'),('trln-argot/ncsu-xml/online-item-no-856-no-barcode.xml#0','trln-argot/ncsu-xml/only-shadowed-location-items.xml#0'):('yes','one record, local fields differ'),
('src/pulibrary+bibdata/spec/fixtures/files/alma/scsb_dump_fixtures/bad-constituent.xml#0','src/pulibrary+bibdata/spec/fixtures/files/alma/scsb_dump_fixtures/constituent.xml#0'):('yes','one manuscript record; 773 host given by $x in one and $w in the other'),
('indexdata-yaz/marc8.marc#0','indexdata-yaz/marc8.xml#0'):('yes','one record, 500 note written with superscripts in one copy'),
('trln-argot/unc.mrc#62','trln-argot/unc.mrc#63'):('yes','one serial record, one copy without 264'),
('folio/100.mrc#91','folio/100.mrc#92'):('no','different documents of the Serial Set: prices in Washington vs Memphis (S.doc.62 vs 69)'),
('folio/100.mrc#91','folio/100.mrc#93'):('no','different documents of the Serial Set: different cities'),('folio/100.mrc#92','folio/100.mrc#93'):('no','different documents of the Serial Set: different cities'),
('src/pulibrary+bibdata/spec/fixtures/files/alma/sru/9972625743506421.xml#0','src/pulibrary+bibdata/spec/fixtures/files/alma/comparison/voyager_scsb_32101069559514.xml#0'):('yes','one record; title in decomposed vs precomposed Unicode')}
def skey(r):
    p=r['file']
    for m in ('/corpus/','src/','folio/'):
        if m in p:
            return (p.split(m,1)[1] if m=='/corpus/' else m+p.split(m,1)[1])+'#'+str(r['n'])
    return p+'#'+str(r['n'])
for k,x in enumerate(sel):
    if (skey(D[x[1]]),skey(D[x[2]])) in OVR: sel[k]=(x[0],x[1],x[2])+OVR[(skey(D[x[1]]),skey(D[x[2]]))]
sel=[x for x in sel if x[3] is not None]
# hard book negatives: shared title words or the same main author
Bk=[k for k,r in enumerate(D) if r['leader'][7]=='m' and r['leader'][6] in 'at' and not bad(r)]
def twords(r): return set(w for w in re.findall(r'[a-z]{4,}',fold2(' '.join(sub(r,'245','a')+sub(r,'245','b')))) if w not in ('with','from','that','this','their','history','report','volume'))
def fold2(t): return ''.join(c for c in unicodedata.normalize('NFKD',t.lower()) if not unicodedata.combining(c))
def auth(r): return fold((sub(r,'100','a') or [''])[0])[:12]
extra=[]
for i in Bk:
    for j in Bk:
        if i<j and (i,j) not in have:
            wi,wj=twords(D[i]),twords(D[j])
            shared=len(wi&wj)
            sa = bool(auth(D[i]) and auth(D[i])==auth(D[j]))
            if shared>=2 or (sa and shared>=1):
                lab=book(i,j)
                if lab[0] is not None: extra.append((shared+2*sa,('book',i,j)+lab))
extra.sort(key=lambda e:-e[0])
for _,x in extra[:90]:
    sel.append(x); have.add((x[1],x[2]))
random.seed(13)
rnd=[(i,j) for i in S for j in S if i<j and (i,j) not in have]
random.shuffle(rnd)
n=sum(1 for x in sel if x[0]=='serial')
for i,j in rnd[:max(0,70-n)]:
    sel.append(('serial',i,j)+serial(i,j)); have.add((i,j))
import json,re,sys
from xml.sax.saxutils import escape, quoteattr

sel=[list(x) for x in sel]
bad_ctl=re.compile(r'[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
def ok(r): return not bad_ctl.search(json.dumps(r['fields'],ensure_ascii=False).encode().decode('unicode_escape','ignore') if False else ''.join(str(x) for f in r['fields'] for x in (f[1:] if len(f)==2 else [c+v for c,v in f[2]])))
one001=lambda r: sum(1 for f in r['fields'] if f[0]=='001')<=1
sel=[x for x in sel if ok(D[x[1]]) and ok(D[x[2]]) and one001(D[x[1]]) and one001(D[x[2]])]
used=sorted(set(k for x in sel for k in (x[1],x[2])))
pos={k:i for i,k in enumerate(used)}
ORIG={'traject':('traject/traject','5afeefee99931fc7382d72a31c0bf8ef9b36a818','test/test_support/'),
'trln-argot':('trln/marc-to-argot','7d5f5e02c8bece6b9b4d567602ceac3e28e00b1b','spec/data/'),
'pulibrary-bibdata':('pulibrary/bibdata','e8aa404de2ec5aef29326c90c6e0b09616bc56c2','spec/fixtures/'),
'ruby-marc':('ruby-marc/ruby-marc','261ca6aff4c38a2775bd5d67b4297982da9d787c','test/'),
'pymarc':('edsu/pymarc','cf33051421ac74389c1bc6d54921fb9612083d1b','test/'),
'indexdata-yaz':('indexdata/yaz','3f69b8979ba15da1ca871832eba132a2b161e347','test/marc-files/'),
'rust-marc':('blackbeam/rust-marc','35bff21f815cae9c0552e25ffff7bd6571d0fbea','test/fixtures/'),
'php-marc':('scriptotek/php-marc','02fc1b92b8787f04f2df5bf3d0a9cf11d7c080a7','tests/data/'),
}
def origin(r):
    p=r['file']
    if '/corpus/' in p:
        rel=p.split('/corpus/')[1]; d=rel.split('/')[0]
        if d=='damaged': return ('sdk-marc test corpus (damaged variant, see marc/corpus/damaged/VARIANTS.md)','-','marc/corpus/'+rel)
        repo,commit,base=ORIG[d]
        sub_=rel[len(d)+1:]
        return (repo,commit,base+sub_ if d!='trln-argot' else 'spec/data/'+sub_)
    if p.startswith('src/'):
        d=p.split('/')[1]; rel=p[len('src/'+d+'/'):]
        m={'pulibrary+bibdata':('pulibrary/bibdata','e8aa404de2ec5aef29326c90c6e0b09616bc56c2'),
           'sul-dlss+searchworks_traject_indexer':('sul-dlss/searchworks_traject_indexer','c218a4f27c1c903e3c20f115500657e01cb67cb7'),
           'lcnetdev+marc2bibframe2':('lcnetdev/marc2bibframe2','69fd54e8c0cdb855414e483182df02e55a8d5f7d')}[d]
        return (m[0],m[1],rel)
    if p.startswith('folio/'):
        name=p.split('/')[1]
        path='scripts/sample100.mrc' if name=='sample100.mrc' else 'src/test/resources/'+name
        return ('folio-org/mod-data-import','241cc38f353e8ee412c2a6198eadf593fd6505f6',path)
    raise Exception(p)
out=['<?xml version="1.0" encoding="UTF-8"?>','<collection xmlns="http://www.loc.gov/MARC21/slim">']
rows=['position\trepository\tcommit\tpath\trecord\t001']
for k in used:
    r=D[k]
    out.append('<record>'); out.append('<leader>%s</leader>'%escape(r['leader']))
    for f in r['fields']:
        if len(f)==2: out.append('<controlfield tag=%s>%s</controlfield>'%(quoteattr(f[0]),escape(f[1])))
        else:
            out.append('<datafield tag=%s ind1=%s ind2=%s>'%(quoteattr(f[0]),quoteattr(f[1][0]),quoteattr(f[1][1]))+''.join('<subfield code=%s>%s</subfield>'%(quoteattr(c or ' '),escape(v)) for c,v in f[2])+'</datafield>')
    out.append('</record>')
    o=origin(r)
    rows.append('%d\t%s\t%s\t%s\t%d\t%s'%(pos[k],o[0],o[1],o[2],r['n'],ctl(r,'001').strip()))
out.append('</collection>')
import os; dest=os.environ["DEST"]
open(dest+'/records.xml','w').write('\n'.join(out)+'\n')
open(dest+'/records.tsv','w').write('\n'.join(rows)+'\n')
pr=['pair\tmaterial\tfirst\tsecond\texpected\treason']
for n,x in enumerate(sel):
    pr.append('%d\t%s\t%d\t%d\t%s\t%s'%(n+1,x[0],pos[x[1]],pos[x[2]],'duplicate' if x[3]=='yes' else 'different',x[4]))
open(dest+'/pairs.tsv','w').write('\n'.join(pr)+'\n')
import collections
print(len(used), collections.Counter((x[0],x[3]) for x in sel))
