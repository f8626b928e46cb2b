// Checks what a user who imports libnet-bom and depends on sdk-client gets, from the poms as installed.
// The BOM's version as the consumer imports it (the invoker filtered it into pom.xml).
def version = new groovy.xml.XmlSlurper().parse(new File(basedir, 'pom.xml'))
    .dependencyManagement.dependencies.dependency.find { it.artifactId.text() == 'libnet-bom' }.version.text()
assert version ==~ /\d+\.\d+\.\d+.*/ : "the consumer imports libnet-bom at '${version}'" 
def lines = new File(basedir, 'dependencies.txt').readLines()
    .collect { it.trim().split(/\s+/)[0] }   // drop dependency:list's " -- module ..." note
    .findAll { it ==~ /[^:]+:[^:]+:[^:]+:[^:]+:[^:]+/ }
println "consumer's resolved classpath (${lines.size()} artifacts):"
lines.each { println "  $it" }

def coords = lines.collect { it.split(':') }
def sdk = coords.findAll { it[0] == 'vn.libnet' }
assert sdk.collect { it[1] }.toSet() == ['sdk-client', 'sdk-marc', 'sdk-core'] as Set :
    "the SDK artifacts sdk-client brings: ${sdk*.getAt(1)}"
sdk.each { c -> assert c[3] == version : "${c[1]} is at ${c[3]}, the BOM says ${version}" }
sdk.each { c -> assert c[4] in ['compile', 'runtime'] : "${c[1]} has scope ${c[4]}" }

def testLibraries = coords.findAll { c ->
  c[0].startsWith('org.junit') || c[0] == 'junit' || c[0] == 'org.opentest4j' ||
  c[0] == 'org.wiremock' || c[0] == 'com.github.tomakehurst' ||
  c[0] == 'org.assertj' || c[0] == 'org.mockito' || c[0] == 'org.hamcrest'
}
assert testLibraries.isEmpty() : "test libraries on a user's classpath: ${testLibraries*.join(':')}"

// The BOM as installed: no parent, nothing but the SDK's own artifacts, the real version.
def repo = localRepositoryPath as File
def bomFile = new File(repo, "vn/libnet/libnet-bom/${version}/libnet-bom-${version}.pom")
def bom = new groovy.xml.XmlSlurper().parse(bomFile)
assert bom.parent.size() == 0 : 'the installed BOM has a parent'
assert bom.properties.size() == 0 : 'the installed BOM has properties'
assert bom.version.text() == version
def managed = bom.dependencyManagement.dependencies.dependency
assert managed.size() > 0
managed.each { d ->
  assert d.groupId.text() == 'vn.libnet' : "the BOM pins ${d.groupId}:${d.artifactId}"
  assert d.version.text() == version : "${d.artifactId} at ${d.version} in the BOM"
}
['url', 'licenses', 'developers', 'scm'].each { assert bom."$it".size() == 1 : "the BOM has no $it" }
println "installed libnet-bom ${version}: no parent; manages ${managed*.artifactId*.text()}"

// What the consumer got is this build's output, installed by invoker:install, never an older copy the
// user's repository (the IT's remote) may hold: each installed pom is the reactor's flattened pom.
def root = new File(basedir, '../../../..').canonicalFile
['libnet-bom', 'sdk-core', 'sdk-marc', 'sdk-client'].each { a ->
  def installed = new File(repo, "vn/libnet/${a}/${version}/${a}-${version}.pom")
  def built = new File(root, "${a}/.flattened-pom.xml")
  assert installed.text == built.text : "${installed} is not this build's ${built}"
}
['sdk-core', 'sdk-marc', 'sdk-client'].each { a ->
  def installed = new File(repo, "vn/libnet/${a}/${version}/${a}-${version}.jar")
  def built = new File(root, "${a}/target/${a}-${version}.jar")
  assert installed.bytes == built.bytes : "${installed} is not this build's ${built}"
}

// Every installed SDK pom carries the real version, never ${revision}.
['sdk-core', 'sdk-marc', 'sdk-client'].each { a ->
  def text = new File(repo, "vn/libnet/${a}/${version}/${a}-${version}.pom").text
  assert !text.contains('${revision}') : "${a}'s installed pom still says \${revision}"
}
def parentPom = new File(repo, "vn/libnet/libnet-sdk-parent/${version}/libnet-sdk-parent-${version}.pom").text
assert !parentPom.contains('${revision}')
return true
