// Checks every frame of a `pyfw lorawan simulate --dump-frames` file with lora-packet: join
// request and join accept MICs, the session keys a join accept yields, data frame MICs with the
// full 32-bit counter, and the decrypted payload. A frame passes when every check on it agrees.
// Prints failures and "N passed, N failed" (counted in frames).
const fs = require('fs');
const lp = require('lora-packet');

const H = (s) => Buffer.from(s, 'hex');
const msb = (fcnt) => { const b = Buffer.alloc(2); b.writeUInt16LE((fcnt >>> 16) & 0xffff); return b; };
const hex = (b) => Buffer.from(b).toString('hex');

let passed = 0, failed = 0, frameOk = true;
const check = (cond, what, record) => {
  if (cond) return;
  frameOk = false;
  if (failed < 20) console.log(`FAIL ${what}: ${JSON.stringify(record)}`);
};

function verify(r) {
  const packet = lp.fromWire(H(r.phy));
  switch (r.kind) {
    case 'join_request':
      check(packet.getMType() === 'Join Request' && lp.verifyMIC(packet, undefined, H(r.appKey)), 'join request MIC', r);
      break;
    case 'join_accept': {
      const plain = lp.fromWire(lp.decryptJoinAccept(packet, H(r.appKey)));
      check(lp.verifyMIC(plain, undefined, H(r.appKey)), 'join accept MIC', r);
      const nonce = Buffer.alloc(2);
      nonce.writeUInt16BE(r.devNonce);  // lora-packet takes DevNonce in display (big-endian) order
      const keys = lp.generateSessionKeys(H(r.appKey), plain.NetID, plain.AppNonce, nonce);
      check(hex(keys.NwkSKey) === r.nwkSKey && hex(keys.AppSKey) === r.appSKey, 'session keys', r);
      break;
    }
    default: {
      const up = r.kind === 'uplink';
      const type = packet.getMType();
      check(up ? /Data Up/.test(type) : /Data Down/.test(type), 'message type ' + type, r);
      check(packet.getFCnt() === (r.fcnt & 0xffff), 'wire counter', r);
      check(lp.verifyMIC(packet, H(r.nwkSKey), undefined, msb(r.fcnt)), 'data MIC', r);
      if (r.plain !== undefined && packet.getFPort() !== null) {
        const plain = lp.decrypt(packet, H(r.appSKey), H(r.nwkSKey), msb(r.fcnt));
        check(hex(plain) === r.plain, 'decrypted payload', r);
      }
    }
  }
}

for (const file of process.argv.slice(2)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length > 0);
  if (lines.length === 0) { failed++; console.log('FAIL no frames in ' + file); }
  for (const line of lines) {
    frameOk = true;
    try { verify(JSON.parse(line)); } catch (e) { check(false, 'exception ' + e.message, line); }
    if (frameOk) passed++; else failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
