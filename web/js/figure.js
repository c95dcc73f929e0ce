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
    new ResizeObserver(() => this.charts.forEach((c) => c.fit())).observe(this.blocks);
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
        const legend = el('ul', { class: 'figure-legend', 'aria-label': `${block.title}: series` });
        pending.push([holder, legend, block]);
        return el('div', { class: 'figure-block' }, el('h4', {}, block.title), legend, holder);
      }
      if (block.type === 'table') return tableBlock(block);
      if (block.type === 'checks') return checksBlock(block);
      return el('p', { class: 'error' }, `unknown block “${block.type}”`);
    }));
    // ECharts measures its holder, so the charts are made once the holders are in the page.
    for (const [holder, legend, block] of pending) this.charts.push(new ChartView(holder, legend, block));
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
  return el('div', { class: 'figure-block figure-table-box' },
    el('table', { class: 'figure-table' },
      el('caption', {}, block.title),
      // An empty corner above the row labels is a plain cell: a header without text names no column.
      el('thead', {}, el('tr', {}, block.header.map((h) => (h ? el('th', { scope: 'col' }, h) : el('td'))))),
      el('tbody', {}, block.rows.map((row) => el('tr', {}, row.map((cell) => el('td', {}, cellLines(cell))))))));
}

/** A cell holding a matrix has one row a line; each line is kept whole, so the matrix keeps its shape. */
function cellLines(cell) {
  const lines = cell.split('\n');
  return lines.length === 1 ? cell : lines.map((line) => el('span', { class: 'line' }, line));
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

/**
 * One chart block: the plot drawn by ECharts, its legend as HTML above it. The browser lays the
 * legend out, wrapping it in whatever font it has, so the plot always starts below its last row;
 * a click on an entry hides or shows that series.
 */
class ChartView {
  constructor(holder, legend, block) {
    if (!window.echarts) throw new Error('the chart library did not load');
    this.holder = holder;
    this.block = block;
    this.colours = seriesColours(block.series);
    this.hidden = new Set();
    this.width = null;
    this.option = null;
    replace(legend, block.series.map((s, i) => this.legendEntry(s, this.colours[i])));
    this.chart = window.echarts.init(holder, null, { renderer: 'svg' });
    this.fit();
  }

  legendEntry(series, colour) {
    const swatch = el('span', { class: `swatch ${series.style.toLowerCase()}`, 'aria-hidden': 'true' });
    swatch.style.color = colour;
    const button = el('button', { type: 'button', 'aria-pressed': 'true' }, swatch, el('span', { class: 'name' }, series.name));
    button.addEventListener('click', () => this.toggle(series.name, button));
    return el('li', {}, button);
  }

  toggle(name, button) {
    if (this.hidden.has(name)) this.hidden.delete(name); else this.hidden.add(name);
    button.setAttribute('aria-pressed', String(!this.hidden.has(name)));
    this.chart.setOption({ legend: { selected: this.selected() } });
  }

  selected() {
    return Object.fromEntries(this.block.series.map((s) => [s.name, !this.hidden.has(s.name)]));
  }

  /**
   * Lays the chart out for the holder's width: drawn once with the default margins, then the
   * margins grow by as much as any label was drawn beyond the picture's edge (the top tick label
   * rises above the plot by half its height, whatever the font), and it is drawn again.
   */
  fit() {
    const width = this.holder.clientWidth;
    if (width === this.width) return;
    this.width = width;
    // The page's own fonts, so that the labels are drawn in the fonts the stylesheet names.
    const font = getComputedStyle(this.holder).fontFamily;
    this.option = chartOption(this.block, { colours: this.colours, selected: this.selected(), font });
    this.render();
    for (let pass = 0; pass < MAX_FIT_PASSES; pass++) {
      const overflow = labelOverflow(this.holder);
      if (!overflow) return;
      for (const side of SIDES) this.option.grid[side] += overflow[side];
      this.render();
    }
  }

  render() {
    if (this.block.equalScales) this.holder.style.height = `${equalScalesHeight(this.option, this.width)}px`;
    this.chart.resize();
    this.chart.setOption(this.option, true);
  }

  dispose() {
    this.chart.dispose();
  }
}

const SIDES = ['top', 'right', 'bottom', 'left'];
/** Margins before anything is measured: room for tick labels and axis names in the usual fonts. */
const GRID = { top: 0, left: 72, right: 24, bottom: 48 };
/** Space kept between a label and the picture's edge once it has been moved inside. */
const EDGE_GAP = 4;
/** Drawing again moves labels only once (the plot shrinks, the labels keep their size); the rest is a safety bound. */
const MAX_FIT_PASSES = 3;

/** By how many pixels the drawn labels reach beyond each edge of the picture (with a small gap), or null when none does. */
function labelOverflow(holder) {
  const svg = holder.querySelector('svg');
  if (!svg) return null;
  const frame = svg.getBoundingClientRect();
  const reach = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const text of svg.querySelectorAll('text')) {
    const r = text.getBoundingClientRect();
    if (r.width === 0) continue;
    reach.top = Math.max(reach.top, frame.top - r.top);
    reach.right = Math.max(reach.right, r.right - frame.right);
    reach.bottom = Math.max(reach.bottom, r.bottom - frame.bottom);
    reach.left = Math.max(reach.left, frame.left - r.left);
  }
  if (SIDES.every((side) => reach[side] <= 0)) return null;
  return Object.fromEntries(SIDES.map((side) => [side, reach[side] > 0 ? Math.ceil(reach[side]) + EDGE_GAP : 0]));
}

function chartOption(block, { colours, selected, font }) {
  const map = pointMap(block);
  const series = block.series.map((s) => ({ ...s, points: s.points.map(map) }));
  return {
    animation: false,
    textStyle: { fontFamily: font },
    // The legend drawn is the HTML one above the chart; this one only keeps which series are shown.
    legend: { show: false, data: block.series.map((s) => s.name), selected },
    // Plain-text tooltips: nothing is ever parsed as HTML.
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: (item) => tooltip(block, item) },
    grid: { ...GRID },
    xAxis: axisOption(block.x, extent(series, 0, block.x), 28),
    yAxis: axisOption(block.y, extent(series, 1, block.y), 56),
    series: series.map((s, i) => seriesOption(s, colours[i])),
  };
}

/** The height that gives one unit as many pixels on y as on x. */
function equalScalesHeight(option, width) {
  const x = option.xAxis;
  const y = option.yAxis;
  const plotWidth = width - option.grid.left - option.grid.right;
  return Math.round(option.grid.top + option.grid.bottom + plotWidth * (y.max - y.min) / (x.max - x.min));
}

/**
 * A series that names another one (a bound "κ = 10, bound ρ^k", a reference "true λmax of A") is
 * its companion and takes its colour; the others take the palette's colours in order.
 */
function seriesColours(series) {
  const colours = [];
  let next = 0;
  series.forEach((s, i) => {
    const parent = s.style === 'DASHED' ? companionOf(series, i) : -1;
    colours.push(parent >= 0 ? colours[parent] : PALETTE[next++ % PALETTE.length]);
  });
  return colours;
}

function companionOf(series, i) {
  let best = -1;
  for (let j = 0; j < i; j++) {
    const name = series[j].name;
    if (series[j].style !== 'DASHED' && name !== series[i].name && series[i].name.includes(name)
        && (best < 0 || name.length > series[best].name.length)) best = j;
  }
  return best;
}

/**
 * Log axes are drawn as linear axes of log₁₀ of the values, labelled 10ᵏ: ECharts' own log axis
 * rounds tick values to ten decimals, so that every tick below 1e-10 would read 0.
 */
function pointMap(block) {
  const fx = block.x.log ? log10 : (v) => v;
  const fy = block.y.log ? log10 : (v) => v;
  return (p) => [fx(p[0]), fy(p[1])];
}

function log10(v) {
  return v > 0 ? Math.log10(v) : NaN;
}

/**
 * The axis' range in drawn coordinates: the declared bounds, else the data's (segment series do not
 * widen the axes by themselves), a log axis widened to whole decades.
 */
function extent(series, k, axis) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const p of s.points) if (Number.isFinite(p[k])) { lo = Math.min(lo, p[k]); hi = Math.max(hi, p[k]); }
  }
  const bound = (v) => (v === null || v === undefined ? null : axis.log ? Math.log10(v) : v);
  const min = bound(axis.min);
  const max = bound(axis.max);
  if (axis.log) return decades(min ?? lo, max ?? hi);
  const needsFit = series.some((s) => s.style === 'SEGMENTS' || s.style === 'ARROWS');
  // Rounded outwards to a tenth of the range's order of magnitude, so that the ends read as round numbers.
  const unit = hi > lo ? 10 ** (Math.floor(Math.log10(hi - lo)) - 1) : 1;
  const round = (v) => Number(v.toPrecision(12));
  return { min: min ?? (needsFit ? round(Math.floor(lo / unit) * unit) : undefined),
    max: max ?? (needsFit ? round(Math.ceil(hi / unit) * unit) : undefined) };
}

/** Most ticks a log axis gets; more would crowd the labels. */
const MAX_DECADE_TICKS = 8;

/** A log axis from lo to hi (in decades) widened to whole ticks, each a whole number of decades apart. */
function decades(lo, hi) {
  const span = Math.max(1, Math.ceil(hi) - Math.floor(lo));
  const interval = [1, 2, 3, 5, 10, 20].find((step) => span / step <= MAX_DECADE_TICKS) ?? Math.ceil(span / MAX_DECADE_TICKS);
  const min = Math.floor(lo / interval) * interval;
  return { min, max: Math.max(min + interval, Math.ceil(hi / interval) * interval), interval };
}

function axisOption(axis, range, nameGap) {
  return {
    type: 'value',
    name: axis.label,
    nameLocation: 'middle',
    nameGap,
    min: range.min,
    max: range.max,
    scale: true,
    interval: range.interval,
    // Axis lines at the plot's edge, never through x = 0 or y = 0 where they would look like data.
    axisLine: { onZero: false },
    axisLabel: { formatter: axis.log ? powerOfTen : (v) => String(Number(v.toPrecision(4))) },
  };
}

const SUPERSCRIPT = { '-': '⁻', 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹' };

/** A log axis' tick, k drawn as 10ᵏ (1 and 10 as themselves). */
function powerOfTen(k) {
  if (!Number.isInteger(k)) return String(Number((10 ** k).toPrecision(2)));
  if (k === 0) return '1';
  if (k === 1) return '10';
  return '10' + [...String(k)].map((c) => SUPERSCRIPT[c]).join('');
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

/** The point under the pointer with the values the server computed, not their logarithms. */
function tooltip(block, item) {
  const series = block.series[item.seriesIndex];
  const point = series && series.style !== 'SEGMENTS' && series.style !== 'ARROWS' ? series.points[item.dataIndex] : null;
  if (!point) return item.seriesName;
  return `${item.seriesName}\n(${point.map((v) => Number(v.toPrecision(5))).join(', ')})`;
}
