// The fleet page: plain HTML and JavaScript served by `pyfw ns serve --http`, with no build step
// and nothing fetched from outside this machine. It reads the JSON API (fleet_http.h) every two
// seconds: the devices, the stream of frames, uplinks per hour and time on air per device.
#include "world/fleet_http.h"

namespace pyfw::world {

const std::string_view kFleetPageHtml = R"html(
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>pyfw fleet</title>
<style>
  body { font: 14px/1.4 sans-serif; margin: 16px; background: #fff; color: #222; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  h2 { font-size: 16px; margin: 20px 0 6px; }
  #summary { color: #555; margin-bottom: 12px; }
  table { border-collapse: separate; border-spacing: 0 3px; }
  th { text-align: left; padding: 2px 10px; background: #eee; }
  td { padding: 3px 10px; white-space: nowrap; }
  td:first-child, th:first-child { padding-left: 24px; }
  tr.joined td { background: #cdeccd; }
  tr.waiting td { background: #f6d0d0; }
  #stream td { font-family: monospace; background: #f4f4f8; }
  .charts { display: flex; gap: 32px; flex-wrap: wrap; }
  svg text { font: 11px sans-serif; fill: #333; }
  .error { color: #b00; }
</style>
</head>
<body>
<h1>pyfw fleet</h1>
<div id="summary">loading…</div>
<table id="devices">
  <thead><tr><th>Device</th><th>DevEUI</th><th>State</th><th>DevAddr</th><th>FCnt up</th><th>FCnt down</th>
    <th>Data rate</th><th>RSSI</th><th>SNR</th><th>Battery</th><th>Uplinks</th><th>Last seen</th></tr></thead>
  <tbody></tbody>
</table>
<div class="charts">
  <div><h2>Uplinks per hour (last 24 h)</h2><svg id="perHour" width="520" height="180"></svg></div>
  <div><h2>Time on air per device</h2><svg id="airtime" width="520" height="180"></svg></div>
</div>
<h2>Live frames</h2>
<table id="stream">
  <thead><tr><th>Time</th><th>Kind</th><th>Device</th><th>DevAddr</th><th>FCnt</th><th>Port</th><th>Payload</th>
    <th>Text</th><th>RSSI</th><th>SNR</th><th>DR</th><th>Air µs</th><th>GWs</th></tr></thead>
  <tbody></tbody>
</table>
<script>
"use strict";
const SVG = "http://www.w3.org/2000/svg";
let lastFrame = -1;

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "–" : String(text);
  row.appendChild(td);
}

function ago(ms) {
  if (ms === null) return "never";
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  if (s < 120) return s + " s ago";
  if (s < 7200) return Math.round(s / 60) + " min ago";
  return Math.round(s / 3600) + " h ago";
}

function battery(level) {
  if (level === null) return null;
  if (level === 0) return "external";
  if (level === 255) return "unknown";
  return Math.round(level * 100 / 254) + " %";
}

// Printable ASCII of a hex payload, dots for the rest: what a sensor's text looks like.
function asText(hex) {
  let out = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const c = parseInt(hex.substr(i, 2), 16);
    out += c >= 32 && c < 127 ? String.fromCharCode(c) : ".";
  }
  return out;
}

async function getJson(path) {
  const response = await fetch(path, { cache: "no-store" });
  if (!response.ok) throw new Error(path + ": " + response.status);
  return response.json();
}

async function showDevices() {
  const data = await getJson("/api/devices");
  const body = document.querySelector("#devices tbody");
  body.replaceChildren();
  let joined = 0;
  for (const d of data.devices) {
    const row = document.createElement("tr");
    row.className = d.joined ? "joined" : "waiting";
    if (d.joined) joined++;
    cell(row, d.name);
    cell(row, d.devEui);
    cell(row, d.joined ? (d.activation === "abp" ? "ABP session" : "joined") : "not joined");
    cell(row, d.devAddr);
    cell(row, d.fcntUp);
    cell(row, d.joined ? d.fcntDown : null);
    cell(row, d.dr === null ? null : "DR" + d.dr + " " + d.dataRate);
    cell(row, d.rssi === null ? null : d.rssi.toFixed(0) + " dBm");
    cell(row, d.snr === null ? null : d.snr.toFixed(1) + " dB");
    cell(row, battery(d.battery));
    cell(row, d.uplinks);
    cell(row, ago(d.lastSeenMs));
    body.appendChild(row);
  }
  document.getElementById("summary").textContent =
    data.region + " · " + data.devices.length + " devices, " + joined + " joined";
}

function bars(svg, values, labels, color) {
  svg.replaceChildren();
  const width = +svg.getAttribute("width"), height = +svg.getAttribute("height");
  const top = 14, bottom = 20, max = Math.max(1, ...values);
  const step = (width - 10) / Math.max(1, values.length);
  values.forEach((v, i) => {
    const h = (height - top - bottom) * v / max;
    const rect = document.createElementNS(SVG, "rect");
    rect.setAttribute("x", 5 + i * step + 1);
    rect.setAttribute("y", height - bottom - h);
    rect.setAttribute("width", Math.max(1, step - 2));
    rect.setAttribute("height", h);
    rect.setAttribute("fill", color);
    const title = document.createElementNS(SVG, "title");
    title.textContent = labels[i] + ": " + v;
    rect.appendChild(title);
    svg.appendChild(rect);
    if (values.length <= 12 || i % 4 === 0) {
      const label = document.createElementNS(SVG, "text");
      label.setAttribute("x", 5 + i * step);
      label.setAttribute("y", height - 6);
      label.textContent = labels[i];
      svg.appendChild(label);
    }
  });
  const peak = document.createElementNS(SVG, "text");
  peak.setAttribute("x", 5);
  peak.setAttribute("y", 10);
  peak.textContent = "max " + max;
  svg.appendChild(peak);
}

async function showCharts() {
  const hours = (await getJson("/api/uplinks-per-hour?hours=24")).hours;
  bars(document.getElementById("perHour"), hours.map(h => h.uplinks),
       hours.map(h => new Date(h.startMs).toISOString().substr(11, 2) + "h"), "#4a7fc1");
  const air = (await getJson("/api/airtime")).devices;
  bars(document.getElementById("airtime"), air.map(d => Math.round((d.uplinkUs + d.downlinkUs) / 1000)),
       air.map(d => d.name), "#c17a4a");
}

async function showFrames() {
  const data = await getJson("/api/frames?limit=100&after=" + lastFrame);
  lastFrame = data.last;
  const body = document.querySelector("#stream tbody");
  for (const f of data.frames) {
    const row = document.createElement("tr");
    cell(row, new Date(f.timeMs).toISOString().substr(11, 12));
    cell(row, f.kind);
    cell(row, f.name || f.devEui);
    cell(row, f.devAddr);
    cell(row, f.fcnt);
    cell(row, f.port);
    cell(row, f.payload);
    cell(row, asText(f.payload));
    cell(row, f.rssi === null ? null : f.rssi.toFixed(0));
    cell(row, f.snr === null ? null : f.snr.toFixed(1));
    cell(row, f.dr);
    cell(row, f.airtimeUs);
    cell(row, f.gateways);
    body.insertBefore(row, body.firstChild);
  }
  while (body.rows.length > 200) body.deleteRow(body.rows.length - 1);
}

async function refresh() {
  try {
    await showDevices();
    await showFrames();
    await showCharts();
  } catch (e) {
    const summary = document.getElementById("summary");
    summary.textContent = "the server does not answer: " + e.message;
    summary.className = "error";
  }
}
refresh();
setInterval(refresh, 2000);
</script>
</body>
</html>
)html";

}  // namespace pyfw::world
