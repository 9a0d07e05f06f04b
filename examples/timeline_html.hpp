// One self-contained HTML page for a timeline: each person's posts as bars on a time axis, each
// indicator's targets as points. No network resources: the data sits in the page as JSON and a
// short script draws SVG from it.
#pragma once
#include <string>

#include <govnews/json.hpp>
#include <govnews/timeline.hpp>

namespace govnews_cli {

inline std::string timeline_html(const govnews::timeline& t) {
    std::string data = govnews::json(t).dump();
    // "</" would end the script element early
    for (std::size_t p = 0; (p = data.find("</", p)) != std::string::npos; p += 3) data.replace(p, 2, "<\\/");
    std::string html = R"html(<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>govnews timeline</title>
<style>
body { font: 13px/1.4 "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; margin: 24px; color: #222; }
h1 { font-size: 20px; } h2 { font-size: 16px; margin-top: 28px; }
.person, .series { margin: 10px 0 18px; }
.who { font-weight: bold; } .where { color: #666; margin-left: 8px; }
svg { display: block; overflow: visible; }
.axis { stroke: #999; } .tick { fill: #666; font-size: 11px; }
.bar { fill: #3b7dd8; } .bar.undated { fill: #bbb; } .label { font-size: 11px; fill: #222; }
.point { fill: #d8603b; } .point.undated { fill: #bbb; } .lane { fill: #f4f4f4; }
</style>
</head>
<body>
<h1>Posts and targets over time</h1>
<p>Bars: the first to the last date a post was seen (grey: seen only on undated pages). Points: targets, placed at their deadline.</p>
<h2>People</h2>
<div id="people"></div>
<h2>Targets</h2>
<div id="targets"></div>
<script id="data" type="application/json">)html";
    html += data;
    html += R"html(</script>
<script>
"use strict";
window.addEventListener("error", e => { document.body.dataset.error = String(e.message); });
const data = JSON.parse(document.getElementById("data").textContent);
const NS = "http://www.w3.org/2000/svg";
const W = 900, LABEL = 0, UNDATED = 90, ROW = 20;
function day(iso) {
  if (!iso || iso.startsWith("XXXX")) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 864e5;
}
const days = [];
for (const p of data.people) for (const s of p.stretches) for (const d of [s.first, s.last]) if (day(d) !== null) days.push(day(d));
for (const s of data.targets) for (const q of s.points) { const d = day(q.deadline) ?? day(q.date); if (d !== null) days.push(d); }
const lo = days.length ? Math.min(...days) - 15 : 0, hi = days.length ? Math.max(...days) + 15 : 1;
const x = d => LABEL + (d - lo) / (hi - lo) * (W - UNDATED - 20);
function el(tag, attrs, parent, text) {
  const e = document.createElementNS(NS, tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined) e.textContent = text;
  if (parent) parent.appendChild(e);
  return e;
}
function axis(svg, y) {
  el("line", {class: "axis", x1: 0, x2: W - UNDATED - 20, y1: y, y2: y}, svg);
  el("rect", {class: "lane", x: W - UNDATED, y: 0, width: UNDATED, height: y}, svg);
  el("text", {class: "tick", x: W - UNDATED + 4, y: y + 14}, svg, "undated");
  const first = new Date(lo * 864e5).getUTCFullYear(), last = new Date(hi * 864e5).getUTCFullYear();
  for (let yr = first; yr <= last + 1; ++yr) {
    const d = Date.UTC(yr, 0, 1) / 864e5;
    if (d < lo || d > hi) continue;
    el("line", {class: "axis", x1: x(d), x2: x(d), y1: y, y2: y + 4}, svg);
    el("text", {class: "tick", x: x(d) + 2, y: y + 14}, svg, String(yr));
  }
}
// One block per person or series: a heading (who, where) and the chart under it.
function block(parent, cls, who, where, svg) {
  const box = document.createElement("div");
  box.className = cls;
  box.innerHTML = "<span class=who></span><span class=where></span>";
  box.querySelector(".who").textContent = who;
  box.querySelector(".where").textContent = where;
  box.appendChild(svg);
  document.getElementById(parent).appendChild(box);
}
let bars = 0, points = 0;
for (const p of data.people) {
  const svg = el("svg", {width: W, height: p.stretches.length * ROW + 22});
  axis(svg, p.stretches.length * ROW + 2);
  p.stretches.forEach((s, i) => {
    const y = i * ROW + 2, a = day(s.first), b = day(s.last);
    const r = a === null ? el("rect", {class: "bar undated", x: W - UNDATED + 4, y, width: UNDATED - 8, height: ROW - 6}, svg)
                         : el("rect", {class: "bar", x: x(a), y, width: Math.max(6, x(b) - x(a)), height: ROW - 6}, svg);
    el("title", {}, r, s.post + " " + (s.first || "undated") + (s.last && s.last !== s.first ? " – " + s.last : "") +
       " (" + s.dated + " dated, " + s.undated + " undated)");
    el("text", {class: "label", x: (a === null ? W - UNDATED : x(a)) + 4, y: y + ROW - 9}, svg, s.post);
    ++bars;
  });
  block("people", "person", p.name, p.body || "(body unknown)", svg);
}
for (const s of data.targets) {
  const H = 80, svg = el("svg", {width: W, height: H + 22});
  const values = s.points.map(q => q.value).filter(v => v !== null);
  axis(svg, H);
  const vmax = values.length ? Math.max(...values) : 1, vmin = values.length ? Math.min(0, ...values) : 0;
  s.points.forEach((q, i) => {
    const d = day(q.deadline) ?? day(q.date);
    const cx = d === null ? W - UNDATED + 10 + (i % 8) * 10 : x(d);
    const cy = q.value === null ? H / 2 : H - 6 - (q.value - vmin) / ((vmax - vmin) || 1) * (H - 12);
    const c = el("circle", {class: d === null ? "point undated" : "point", cx, cy, r: 5}, svg);
    el("title", {}, c, (q.period || "") + " " + (q.value ?? "") + (q.unit || "") + " " + (q.commitment || "") + " — " + q.text);
    ++points;
  });
  block("targets", "series", s.indicator, s.government || "(government unknown)", svg);
}
document.body.dataset.rendered = "bars:" + bars + " points:" + points;
</script>
</body>
</html>
)html";
    return html;
}

}  // namespace govnews_cli
