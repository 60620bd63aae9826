// A second LoRaWAN network server, written from the protocol on npm lora-packet, to test pyfw's
// gateway and devices against a server we did not write in C++. EU868 only. It behaves as common
// servers do: PUSH_ACK first, PULL_RESP after; join accepts in RX1 at tmst + 5 s (or RX2 at + 6 s)
// with a CFList and RxDelay 1; data downlinks in RX1 (tmst + 1 s); ipol true, codr and powe set,
// no FSK fields; tmst arithmetic modulo 2^32. Frames, MICs, keys and the join accept's encryption
// all come from lora-packet.
//
//   node network_server.js --registry FILE [--join-window rx1|rx2] [--downlink-every N]
//                          [--class-c-every N] [--port P]
//
// Prints "listening on 127.0.0.1:PORT"; on SIGTERM prints one JSON line of counters and exits.
const dgram = require('dgram');
const crypto = require('crypto');
const fs = require('fs');
const lp = require('lora-packet');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const registry = JSON.parse(fs.readFileSync(args.registry, 'utf8'));
const joinWindow = args['join-window'] || 'rx1';
const downlinkEvery = Number(args['downlink-every'] || 0);
const classCEvery = Number(args['class-c-every'] || 0);

const RX2 = { freq: 869.525, datr: 'SF12BW125' };
const NET_ID = Buffer.from(registry.netId || '000013', 'hex');
const CF_LIST = Buffer.from('184F84E85684B85E84886684586E8400', 'hex');  // 867.1 .. 867.9 MHz

const counters = { pushData: 0, pullData: 0, joinRequests: 0, joins: 0, uplinks: 0, replays: 0, badMic: 0,
  unknown: 0, downlinks: 0, txAckNone: 0, txAckErrors: {} };
const byEui = new Map();   // DevEUI hex -> registry entry
const byAddr = new Map();  // DevAddr hex -> session
for (const d of registry.devices) {
  byEui.set(d.devEui.toLowerCase(), d);
  if (d.devAddr) {
    byAddr.set(d.devAddr.toLowerCase(), { device: d, nwkSKey: Buffer.from(d.nwkSKey, 'hex'),
      appSKey: Buffer.from(d.appSKey, 'hex'), fcntUp: -1, fcntDown: 0, uplinks: 0 });
  }
}
const usedNonces = new Map();  // DevEUI hex -> Set of DevNonce hex
let nextAddr = 1;
let gateway = null;            // where PULL_RESPs go: the address of the last PULL_DATA
let token = 0;

const socket = dgram.createSocket('udp4');

function send(bytes, to) { socket.send(bytes, to.port, to.address); }

function pullResp(txpk) {
  if (!gateway) return;
  token = (token + 1) & 0xffff;
  const head = Buffer.from([2, token >> 8, token & 0xff, 3]);
  send(Buffer.concat([head, Buffer.from(JSON.stringify({ txpk }))]), gateway);
  counters.downlinks++;
}

function txpkAt(tmst, freq, datr, phy) {
  return { imme: false, tmst: tmst >>> 0, freq, rfch: 0, powe: 14, modu: 'LORA', datr, codr: '4/5', ipol: true,
    size: phy.length, data: phy.toString('base64') };
}

function onJoinRequest(packet, rx) {
  counters.joinRequests++;
  const devEui = packet.DevEUI.toString('hex');
  const device = byEui.get(devEui);
  if (!device || !device.appKey) { counters.unknown++; return; }
  const appKey = Buffer.from(device.appKey, 'hex');
  if (!lp.verifyMIC(packet, undefined, appKey)) { counters.badMic++; return; }
  const nonces = usedNonces.get(devEui) || new Set();
  const nonce = packet.DevNonce.toString('hex');
  if (nonces.has(nonce)) { counters.replays++; return; }
  nonces.add(nonce);
  usedNonces.set(devEui, nonces);

  const appNonce = crypto.randomBytes(3);
  const devAddr = Buffer.alloc(4);
  devAddr.writeUInt32BE(((NET_ID[2] & 0x7f) << 25 | nextAddr++) >>> 0);
  // Given the AppKey, lora-packet computes the MIC and encrypts the accept (AES decrypt, spec §6.2.5).
  const accept = lp.fromFields({ MType: 'Join Accept', AppNonce: appNonce, NetID: NET_ID, DevAddr: devAddr,
    DLSettings: 0x00, RxDelay: 1, CFList: CF_LIST }, undefined, undefined, appKey);
  const keys = lp.generateSessionKeys(appKey, NET_ID, appNonce, packet.DevNonce);
  for (const [addr, s] of byAddr) if (s.device === device) byAddr.delete(addr);
  byAddr.set(devAddr.toString('hex'), { device, nwkSKey: keys.NwkSKey, appSKey: keys.AppSKey, fcntUp: -1,
    fcntDown: 0, uplinks: 0 });
  counters.joins++;
  const phy = accept.getPHYPayload();
  if (joinWindow === 'rx2') pullResp(txpkAt(rx.tmst + 6000000, RX2.freq, RX2.datr, phy));
  else pullResp(txpkAt(rx.tmst + 5000000, rx.freq, rx.datr, phy));
}

function fcntBytes(fcnt) { const b = Buffer.alloc(2); b.writeUInt16LE((fcnt >>> 16) & 0xffff); return b; }

function downlink(session, ack, port, payload) {
  const fcnt = session.fcntDown++;
  const fields = { MType: 'Unconfirmed Data Down', DevAddr: Buffer.from(session.addr, 'hex'),
    FCtrl: { ADR: false, ACK: ack, ADRACKReq: false, FPending: false }, FCnt: fcnt & 0xffff,
    // lora-packet always writes an FPort: an ACK alone goes out on port 1 with no payload.
    FPort: port === null ? 1 : port, payload: port === null ? Buffer.alloc(0) : payload };
  return lp.fromFields(fields, session.appSKey, session.nwkSKey, undefined, fcntBytes(fcnt)).getPHYPayload();
}

function onDataUp(packet, rx) {
  const addr = packet.DevAddr.toString('hex');
  const session = byAddr.get(addr);
  if (!session) { counters.unknown++; return; }
  session.addr = addr;
  // The 32-bit counter from its 16 wire bits, checked by the MIC.
  const wire = packet.getFCnt();
  const last = session.fcntUp < 0 ? 0 : session.fcntUp;
  let fcnt = (last & ~0xffff) + wire;
  if (fcnt < last) fcnt += 0x10000;
  if (!lp.verifyMIC(packet, session.nwkSKey, undefined, fcntBytes(fcnt))) { counters.badMic++; return; }
  if (session.fcntUp >= 0 && fcnt <= session.fcntUp) { counters.replays++; return; }
  session.fcntUp = fcnt;
  session.uplinks++;
  counters.uplinks++;
  if (packet.getFPort() !== null && packet.FRMPayload.length > 0) lp.decrypt(packet, session.appSKey, session.nwkSKey, fcntBytes(fcnt));
  const confirmed = packet.getMType() === 'Confirmed Data Up';
  const wantData = downlinkEvery > 0 && session.uplinks % downlinkEvery === 0;
  if (confirmed || wantData) {
    const phy = downlink(session, confirmed, wantData ? 2 : null, wantData ? Buffer.from([session.uplinks & 0xff]) : null);
    pullResp(txpkAt(rx.tmst + 1000000, rx.freq, rx.datr, phy));
  }
  // Class C: the application's downlink goes out later, when the device is past its receive
  // windows (here: as the next datagram from a gateway comes in), at once on RX2.
  if (classCEvery > 0 && session.device.class === 'C' && session.uplinks % classCEvery === 0) laterClassC.push(session);
}

const laterClassC = [];
function sendClassC() {
  while (laterClassC.length > 0) {
    const session = laterClassC.shift();
    const phy = downlink(session, false, 3, Buffer.from('class c'));
    pullResp({ imme: true, freq: RX2.freq, rfch: 0, powe: 14, modu: 'LORA', datr: RX2.datr, codr: '4/5', ipol: true,
      size: phy.length, data: phy.toString('base64') });
  }
}

function onPushData(message, from) {
  counters.pushData++;
  sendClassC();
  send(Buffer.from([2, message[1], message[2], 1]), from);  // PUSH_ACK before anything else
  let body;
  try { body = JSON.parse(message.slice(12).toString()); } catch (e) { return; }
  for (const rx of body.rxpk || []) {
    if (rx.stat !== undefined && rx.stat !== 1) continue;
    if (rx.modu !== 'LORA' || typeof rx.data !== 'string') continue;
    let packet;
    try { packet = lp.fromWire(Buffer.from(rx.data, 'base64')); } catch (e) { continue; }
    const type = packet.getMType();
    if (type === 'Join Request') onJoinRequest(packet, rx);
    else if (type === 'Unconfirmed Data Up' || type === 'Confirmed Data Up') onDataUp(packet, rx);
  }
}

socket.on('message', (message, from) => {
  if (message.length < 4 || message[0] !== 2) return;
  switch (message[3]) {
    case 0: if (message.length >= 12) onPushData(message, from); break;
    case 2:
      counters.pullData++;
      gateway = from;
      send(Buffer.from([2, message[1], message[2], 4]), from);
      break;
    case 5: {
      let error = 'NONE';
      try { error = JSON.parse(message.slice(12).toString()).txpk_ack.error || 'NONE'; } catch (e) { /* v1 ack */ }
      if (error === 'NONE') counters.txAckNone++;
      else counters.txAckErrors[error] = (counters.txAckErrors[error] || 0) + 1;
      break;
    }
    default: break;
  }
});

socket.bind(Number(args.port || 0), '127.0.0.1', () => {
  console.log(`listening on 127.0.0.1:${socket.address().port}`);
});
process.on('SIGTERM', () => {
  console.log(JSON.stringify(counters));
  process.exit(0);
});
