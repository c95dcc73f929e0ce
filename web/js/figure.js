// Live figures: each ```figure fenced block of the theory text (a <pre><code class="language-figure">
// holding a figure id) becomes a box that asks the server to compute the figure and draws what comes
// back: charts (ECharts), tables and PASS/FAIL checks, with a slider per parameter.
import { request } from './api.js';
import { el, replace } from './dom.js';

const DEBOUNCE_MS = 250;
// Colour-blind safe, in the order series are listed.
const PALETTE = ['#0077BB', '#EE7733', '#009988', '#CC3311', '#555555', '#EE3377', '#33BBEE', '#BBBBBB'];

export function mountFigures(container) {
  for (const code of container.querySelectorAll('pre > code.language-figure')) {
    const id = code.textContent.trim();
    const box = new FigureBox(id);
    code.parentElement.replaceWith(box.node);
    box.load();
  }
}

class FigureBox {
  constructor(id) {
    this.id = id;
    this.values = null;
    this.charts = [];
    this.latest = 0;
    this.timer = null;
    this.title = el('h3', { class: 'figure-title' }, id);
    this.caption = el('p', { class: 'figure-caption' });
    this.controls = el('div', { class: 'figure-controls' });
    this.blocks = el('div', { class: 'figure-blocks' });
    this.error = el('p', { class: 'figure-error error', role: 'alert', hidden: true });
    this.node = el('figure', { class: 'figure', 'data-figure': id, 'aria-busy': 'true' },
      this.title, this.caption, this.controls, this.blocks, this.error);
    new ResizeObserver(() => this.charts.forEach((c) => c.resize())).observe(this.blocks);
  }

  /** Asks for the figure with the current slider values; an answer overtaken by a newer request is dropped. */
  async load() {
    const ticket = ++this.latest;
    this.node.setAttribute('aria-busy', 'true');
    try {
      const plot = await request('GET', `/api/figures/${encodeURIComponent(this.id)}${this.query()}`);
      if (ticket !== this.latest) return;
      this.draw(plot);
    } catch (e) {
      if (ticket !== this.latest) return;
      this.error.textContent = `This figure could not be drawn: ${e.message}`;
      this.error.hidden = false;
      this.node.classList.add('failed');
    } finally {
      if (ticket === this.latest) this.node.setAttribute('aria-busy', 'false');
    }
  }

  query() {
    if (!this.values) return '';
    return '?' + new URLSearchParams(Object.entries(this.values).map(([k, v]) => [k, String(v)])).toString();
  }

  draw(plot) {
    this.error.hidden = true;
    this.node.classList.remove('failed');
    this.title.textContent = plot.title;
    this.caption.textContent = plot.caption;
    if (!this.values) this.buildControls(plot.parameters);
    this.charts.forEach((c) => c.dispose());
    this.charts = [];
    const pending = [];
    replace(this.blocks, plot.blocks.map((block) => {
      if (block.type === 'chart') {
        const holder = el('div', { class: 'figure-chart', role: 'img', 'aria-label': block.title });
        pending.push([holder, block]);
        return el('div', { class: 'figure-block' }, el('h4', {}, block.title), holder);
      }
      if (block.type === 'table') return tableBlock(block);
      if (block.type === 'checks') return checksBlock(block);
      return el('p', { class: 'error' }, `unknown block “${block.type}”`);
    }));
    // ECharts measures its holder, so the charts are made once the holders are in the page.
    for (const [holder, block] of pending) this.charts.push(drawChart(holder, block));
  }

  buildControls(parameters) {
    this.values = Object.fromEntries(parameters.map((p) => [p.name, p.value]));
    replace(this.controls, parameters.map((p) => this.slider(p)));
  }

  slider(p) {
    const inputId = `figure-${this.id}-${p.name}`;
    const output = el('output', { for: inputId }, formatValue(p.value, p.step));
    const input = el('input', {
      type: 'range', id: inputId, name: p.name, min: p.min, max: p.max, step: p.step, value: p.value,
      oninput: () => {
        this.values[p.name] = input.valueAsNumber;
        output.textContent = formatValue(input.valueAsNumber, p.step);
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.load(), DEBOUNCE_MS);
      },
    });
    return el('div', { class: 'figure-slider' }, el('label', { for: inputId }, p.label), input, output);
  }
}

function formatValue(x, step) {
  const decimals = Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
  return x.toFixed(decimals);
}

function tableBlock(block) {
  return el('div', { class: 'figure-block' },
    el('table', { class: 'figure-table' },
      el('caption', {}, block.title),
      el('thead', {}, el('tr', {}, block.header.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, block.rows.map((row) => el('tr', {}, row.map((cell) => el('td', {}, cell)))))));
}

function checksBlock(block) {
  return el('div', { class: 'figure-block' },
    el('h4', {}, block.title),
    el('ul', { class: 'figure-checks' }, block.checks.map((c) =>
      el('li', { class: c.pass ? 'pass' : 'fail' },
        el('span', { class: 'badge' }, c.pass ? 'PASS' : 'FAIL'),
        el('span', { class: 'check-name' }, c.name),
        el('span', { class: 'check-detail' }, c.detail)))));
}

function drawChart(holder, block) {
  if (!window.echarts) throw new Error('the chart library did not load');
  const chart = window.echarts.init(holder, null, { renderer: 'svg' });
  chart.setOption(chartOption(block, holder.clientWidth));
  return chart;
}

function chartOption(block, width) {
  const extent = dataExtent(block.series);
  const names = block.series.map((s) => s.name);
  const top = 24 + 24 * legendRows(names, width);
  return {
    animation: false,
    color: PALETTE,
    // Every entry stays visible: the legend wraps, and the plot starts below its last row.
    legend: { top: 0, left: 'center', data: names, itemGap: 14 },
    // Plain-text tooltips: nothing is ever parsed as HTML.
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: tooltip },
    grid: { left: 72, right: 24, top, bottom: 48 },
    xAxis: axisOption(block.x, extent.x, 28),
    yAxis: axisOption(block.y, extent.y, 56),
    series: block.series.map((s, i) => seriesOption(s, PALETTE[i % PALETTE.length])),
  };
}

/** About how many rows the legend takes: each entry is its icon, its text (≈ 7 px a character) and a gap. */
function legendRows(names, width) {
  const usable = Math.max(200, width - 40);
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const w = 25 + 5 + 7 * name.length + 14;
    if (used > 0 && used + w > usable) { rows += 1; used = 0; }
    used += w;
  }
  return rows;
}

/**
 * Segment series ('lines' in ECharts) do not widen the axes by themselves, so linear axes without
 * bounds are fitted to the data here, with a small margin.
 */
function dataExtent(series) {
  const fit = (k) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of series) for (const p of s.points) { lo = Math.min(lo, p[k]); hi = Math.max(hi, p[k]); }
    const pad = hi > lo ? 0.04 * (hi - lo) : 1;
    return { min: lo - pad, max: hi + pad };
  };
  const needs = series.some((s) => s.style === 'SEGMENTS' || s.style === 'ARROWS');
  return needs ? { x: fit(0), y: fit(1) } : { x: null, y: null };
}

function axisOption(axis, extent, nameGap) {
  const fitted = axis.log ? null : extent;
  return {
    type: axis.log ? 'log' : 'value',
    name: axis.label,
    nameLocation: 'middle',
    nameGap,
    min: axis.min ?? (fitted ? fitted.min : undefined),
    max: axis.max ?? (fitted ? fitted.max : undefined),
    scale: !axis.log,
    // Axis lines at the plot's edge, never through x = 0 or y = 0 where they would look like data.
    axisLine: { onZero: false },
    axisLabel: { formatter: axis.log ? (v) => v.toExponential(0).replace('e+', 'e') : (v) => String(Number(v.toPrecision(4))) },
  };
}

function seriesOption(s, color) {
  const base = { name: s.name, itemStyle: { color } };
  switch (s.style) {
    case 'LINE':
      return { ...base, type: 'line', data: s.points, showSymbol: s.points.length <= 60, symbolSize: 5,
        lineStyle: { width: 2, color } };
    case 'DASHED':
      return { ...base, type: 'line', data: s.points, showSymbol: false, lineStyle: { width: 2, type: 'dashed', color } };
    case 'SCATTER':
      return { ...base, type: 'scatter', data: s.points, symbolSize: s.points.length > 40 ? 5 : 11, z: 5 };
    case 'BAR':
      return { ...base, type: 'bar', data: s.points, barMaxWidth: 16 };
    case 'SEGMENTS':
      return { ...base, type: 'lines', coordinateSystem: 'cartesian2d', silent: true, data: pairs(s.points),
        lineStyle: { width: 1.3, color, opacity: 0.9 } };
    case 'ARROWS':
      return { ...base, type: 'lines', coordinateSystem: 'cartesian2d', data: pairs(s.points),
        symbol: ['none', 'arrow'], symbolSize: 11, lineStyle: { width: 2.5, color, opacity: 1 }, z: 4 };
    default:
      return { ...base, type: 'line', data: s.points };
  }
}

function pairs(points) {
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push({ coords: [points[i], points[i + 1]] });
  return out;
}

function tooltip(item) {
  const value = Array.isArray(item.value) ? item.value : null;
  if (!value) return item.seriesName;
  return `${item.seriesName}\n(${value.map((v) => Number(v.toPrecision(5))).join(', ')})`;
}
