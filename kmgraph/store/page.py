"""The query page `kmgraph serve` shows at `/`: one offline HTML page (inline CSS and JS, nothing fetched from
anywhere but the server's own /bind and /sparql), with the named queries to pick and fill in, the project's
prefixes already declared, results as a table a page of PAGE_ROWS rows at a time (LIMIT/OFFSET added by /bind)
and downloads of the whole result as CSV or JSON. Its Content-Security-Policy allows only its own inline script
and style (by hash) and connections to the same origin."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from ..query.named import named_queries
from ..rdf.namespaces import PREFIXES

PAGE_ROWS = 500  # rows the page shows at once; the next ones by "ถัดไป" (LIMIT/OFFSET, query/paging.py)

STYLE = """
:root { color-scheme: light; --line: #d0d7de; --muted: #57606a; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.7 "Noto Sans Thai", "Noto Sans Thai UI", "Sarabun", "Tahoma", "Leelawadee UI",
       system-ui, sans-serif; color: #1f2328; background: #f6f8fa; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0.75rem 1rem; }
header h1 { font-size: 1.3rem; margin: 0; }
header p { margin: 0.2rem 0 0; color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem;
          margin-bottom: 0.75rem; }
label { display: block; font-weight: 600; margin: 0.4rem 0 0.1rem; }
select, input, textarea, button { font: inherit; }
select, input[type=text] { width: 100%; padding: 0.3rem 0.5rem; border: 1px solid var(--line); border-radius: 4px; }
textarea { width: 100%; min-height: 14rem; padding: 0.5rem; border: 1px solid var(--line); border-radius: 4px;
           font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 0.9rem; line-height: 1.6; }
.help { color: var(--muted); font-size: 0.9rem; margin: 0; }
.actions { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; margin-top: 0.5rem; }
button { padding: 0.35rem 1rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent);
         color: #fff; cursor: pointer; }
button.plain { background: #fff; color: var(--accent); }
button:disabled { opacity: 0.5; cursor: default; }
#status { color: var(--muted); }
#status.error { color: #b42318; white-space: pre-wrap; }
.table { overflow: auto; max-height: 70vh; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: #eef2f6; }
td.iri { color: var(--accent); word-break: break-all; }
pre { white-space: pre-wrap; word-break: break-all; }
code { font-size: 0.85rem; }
"""

SCRIPT = r"""
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("kmgraph-data").textContent);
  const $ = (id) => document.getElementById(id);
  const state = { result: null, raw: "", stable: true, offset: 0, more: false, paged: false };
  window.kmgraph = { state: state };

  function short(iri) {
    for (const [prefix, ns] of Object.entries(data.prefixes)) {
      if (iri.startsWith(ns)) return prefix + ":" + iri.slice(ns.length);
    }
    return "<" + iri + ">";
  }

  function setStatus(text, error) {
    $("status").textContent = text;
    $("status").className = error ? "error" : "";
  }

  function showParams(query) {
    const box = $("params");
    box.replaceChildren();
    if (!query) return;
    $("description").textContent = query.description;
    for (const param of query.params) {
      const label = document.createElement("label");
      label.textContent = param.name + (param.required ? " *" : "");
      label.htmlFor = "param-" + param.name;
      const input = document.createElement("input");
      input.type = "text";
      input.id = "param-" + param.name;
      input.dataset.param = param.name;
      input.placeholder = param.help;
      const help = document.createElement("p");
      help.className = "help";
      help.textContent = param.help + " (" + param.kind + ")";
      box.append(label, input, help);
    }
  }

  function pick() {
    const query = data.queries.find((q) => q.name === $("named").value);
    showParams(query);
    if (query) $("query").value = query.text;
    else $("description").textContent = "";
  }

  // The text to run, from the server's /bind: a named query with its parameters bound, or the text written;
  // with a page (limit, offset), LIMIT and OFFSET added unless the query chooses its own rows.
  async function queryText(page) {
    const name = $("named").value;
    const query = data.queries.find((q) => q.name === name);
    const request = page ? { limit: page.limit, offset: page.offset } : {};
    if (!query || $("query").value !== query.text) {
      request.query = $("query").value;
    } else {
      request.name = name;
      request.params = {};
      for (const input of document.querySelectorAll("#params input")) {
        if (input.value.trim()) request.params[input.dataset.param] = input.value.trim();
      }
    }
    const response = await fetch("bind", { method: "POST", headers: { "Content-Type": "application/json" },
                                            body: JSON.stringify(request) });
    const text = await response.text();
    if (!response.ok) throw new Error(text);
    return { text: text, paged: response.headers.get("X-Kmgraph-Paged") === "yes" };
  }

  async function fetchSparql(text) {
    const response = await fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: new URLSearchParams({ query: text }) });
    const body = await response.text();
    if (!response.ok) throw new Error("HTTP " + response.status + ": " + body);
    return { body: body, json: (response.headers.get("Content-Type") || "").includes("json") };
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") { td.className = "iri"; td.textContent = short(term.value); td.title = term.value; }
    else td.textContent = term.value;
    if (term["xml:lang"]) td.lang = term["xml:lang"];
    return td;
  }

  function showTable(json, most) {
    const out = $("results");
    out.replaceChildren();
    if (typeof json.boolean === "boolean") {
      out.textContent = json.boolean ? "true (ใช่)" : "false (ไม่ใช่)";
      return 1;
    }
    const vars = json.head.vars;
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const v of vars) { const th = document.createElement("th"); th.textContent = v; head.append(th); }
    const body = table.createTBody();
    for (const binding of json.results.bindings.slice(0, most)) {
      const row = body.insertRow();
      for (const v of vars) row.append(cell(binding[v]));
    }
    const wrap = document.createElement("div");
    wrap.className = "table";
    wrap.append(table);
    out.append(wrap);
    return Math.min(json.results.bindings.length, most);
  }

  // Run the query, one page of data.pageSize rows from offset (one row more is asked, to know whether more
  // follow); the whole result is fetched only to download it.
  async function run(offset) {
    state.stable = false;
    $("run").disabled = $("prev").disabled = $("next").disabled = true;
    $("csv").disabled = $("json").disabled = true;
    state.result = null;
    setStatus("กำลังค้น… (running)");
    const started = performance.now();
    try {
      const bound = await queryText({ limit: data.pageSize + 1, offset: offset });
      const answer = await fetchSparql(bound.text);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      state.raw = answer.body;
      state.offset = offset;
      state.paged = bound.paged;
      if (answer.json) {
        state.result = JSON.parse(answer.body);
        const all = state.result.results ? state.result.results.bindings.length : 0;
        state.more = bound.paged && all > data.pageSize;
        const rows = showTable(state.result, bound.paged ? data.pageSize : Infinity);
        if (offset === 0 && !state.more) setStatus(rows + " แถว (rows), " + seconds + " s");
        else setStatus("แถว " + (offset + 1).toLocaleString() + "–" + (offset + rows).toLocaleString() +
                       (state.more ? " มีต่อ (rows; more follow), " : " (rows), ") + seconds + " s");
        $("prev").disabled = offset === 0;
        $("next").disabled = !state.more;
        $("csv").disabled = !state.result.head || !state.result.results;
        $("json").disabled = false;
      } else {
        const pre = document.createElement("pre");
        pre.textContent = body;
        $("results").replaceChildren(pre);
        setStatus("Turtle, " + seconds + " s");
      }
    } catch (error) {
      $("results").replaceChildren();
      setStatus(String(error.message || error), true);
    } finally {
      $("run").disabled = false;
      state.stable = true;
    }
  }

  function csvField(value) {
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }

  function toCsv(json) {
    const vars = json.head.vars;
    const lines = [vars.map(csvField).join(",")];
    for (const b of json.results.bindings) lines.push(vars.map((v) => csvField(b[v] ? b[v].value : "")).join(","));
    return lines.join("\r\n") + "\r\n";
  }

  function download(text, type, name) {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  // What to download: the whole result (the page shown when it is all there is).
  async function whole() {
    if (!state.paged || (state.offset === 0 && !state.more)) return state.raw;
    setStatus("กำลังดึงผลทั้งหมด… (fetching every row)");
    const answer = await fetchSparql((await queryText(null)).text);
    setStatus("ผลทั้งหมด (every row): " + (JSON.parse(answer.body).results.bindings.length).toLocaleString() +
              " แถว");
    return answer.body;
  }

  async function save(kind) {
    try {
      const raw = await whole();
      if (kind === "csv") download(toCsv(JSON.parse(raw)), "text/csv;charset=utf-8", "kmgraph.csv");
      else download(raw, "application/sparql-results+json", "kmgraph.json");
    } catch (error) {
      setStatus(String(error.message || error), true);
    }
  }

  window.kmgraph.toCsv = toCsv;
  $("prefixes").textContent = Object.entries(data.prefixes).map(([p, ns]) => "PREFIX " + p + ": <" + ns + ">")
    .join("\n");
  for (const query of data.queries) {
    const option = document.createElement("option");
    option.value = query.name;
    option.textContent = query.name + " — " + query.description;
    $("named").append(option);
  }
  $("named").addEventListener("change", pick);
  $("run").addEventListener("click", () => run(0));
  $("prev").addEventListener("click", () => run(Math.max(0, state.offset - data.pageSize)));
  $("next").addEventListener("click", () => run(state.offset + data.pageSize));
  $("query").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) run(0);
  });
  $("csv").addEventListener("click", () => save("csv"));
  $("json").addEventListener("click", () => save("json"));
})();
"""

BODY = """<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kmgraph — ค้นกราฟความรู้ (SPARQL)</title>
<link rel="icon" href="data:,">
<style>{style}</style>
</head>
<body>
<header>
<h1>kmgraph — ค้นกราฟความรู้ด้วย SPARQL</h1>
<p>บริการอ่านอย่างเดียว (read-only). เลือกคำค้นสำเร็จรูป หรือเขียน SPARQL เอง; โปรแกรมอื่นใช้ได้ที่ <code>/sparql</code>
(SPARQL 1.1 Protocol).</p>
</header>
<main>
<section>
<label for="named">คำค้นสำเร็จรูป (named query)</label>
<select id="named"><option value="">— เขียนเอง (write your own) —</option></select>
<p class="help" id="description"></p>
<div id="params"></div>
<label for="query">SPARQL</label>
<textarea id="query" spellcheck="false">SELECT ?record ?title WHERE {{
  ?r a kmo:KnowledgeRecord ; dcterms:identifier ?record ; dcterms:title ?title .
}}
ORDER BY ?record
LIMIT 20</textarea>
<details><summary class="help">คำนำหน้าที่ประกาศไว้แล้ว (prefixes already declared)</summary>
<pre id="prefixes"></pre></details>
<div class="actions">
<button id="run" type="button">ค้น (Run)</button>
<button id="prev" class="plain" type="button" disabled>◀ ก่อนหน้า</button>
<button id="next" class="plain" type="button" disabled>ถัดไป ▶</button>
<button id="csv" class="plain" type="button" disabled>ดาวน์โหลด CSV</button>
<button id="json" class="plain" type="button" disabled>ดาวน์โหลด JSON</button>
<span id="status" role="status"></span>
</div>
</section>
<section id="results" aria-live="polite"></section>
</main>
<script type="application/json" id="kmgraph-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""


@dataclass(frozen=True)
class QueryPage:
    html: bytes
    csp: str


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@lru_cache(maxsize=1)
def query_page() -> QueryPage:
    """The page and its Content-Security-Policy (made once)."""
    data = {
        "prefixes": PREFIXES,
        "pageSize": PAGE_ROWS,
        "queries": [{"name": q.name, "description": q.description, "text": q.text,
                     "params": [{"name": p.name, "kind": p.kind, "required": p.required, "help": p.help}
                                for p in q.params]}
                    for q in named_queries().values()],
    }
    embedded = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    html = BODY.format(style=STYLE, script=SCRIPT, data=embedded)
    csp = (f"default-src 'none'; script-src {_hash(SCRIPT)}; style-src {_hash(STYLE)}; connect-src 'self'; "
           "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
    return QueryPage(html.encode("utf-8"), csp)
