// Encodes each line of stdin (UTF-8) to TCVN3 and VNI with the npm package vietnamese-conversion,
// and decodes the result back with the same package. Output: one JSON array per line
// [tcvn3, tcvn3RoundTrip, vni, vniRoundTrip]; the legacy strings hold one char per byte (U+0000-U+00FF).
// Usage: NODE_PATH=/tmp/npmvn/node_modules node npm_convert.js < values.txt
const c = require('vietnamese-conversion');
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
if (lines[lines.length - 1] === '') lines.pop();
const out = lines.map((s) => {
  const t = c.toTCVN3(s, 'unicode');
  const v = c.toVNI(s, 'unicode');
  return JSON.stringify([t, c.toUnicode(t, 'tcvn3'), v, c.toUnicode(v, 'vni')]);
});
process.stdout.write(out.join('\n') + '\n');
