// Charts as inline SVG: no library, readable by screen readers (a title, a description and a
// <title> on every mark), coloured by the stylesheet.
import { s, uid } from './dom.js';

function frame(width, height, title, description) {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  return s('svg', {
    viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart',
    'aria-labelledby': titleId, 'aria-describedby': descId, preserveAspectRatio: 'xMinYMin meet',
  }, s('title', { id: titleId }, title), s('desc', { id: descId }, description));
}

/** Horizontal bars, largest first as given: items are { label, value }. */
export function barChart(items, { title, description, format = String }) {
  const barHeight = 22;
  const labelWidth = 190;
  const width = 640;
  const height = items.length * (barHeight + 6) + 10;
  const max = Math.max(1, ...items.map((item) => item.value));
  const svg = frame(width, height, title, description);
  items.forEach((item, index) => {
    const y = 5 + index * (barHeight + 6);
    const length = ((width - labelWidth - 60) * item.value) / max;
    svg.append(s('g', { class: 'bar' },
      s('title', {}, `${item.label}: ${format(item.value)}`),
      s('text', { x: labelWidth - 8, y: y + barHeight * 0.7, 'text-anchor': 'end', class: 'label' }, item.label),
      s('rect', { x: labelWidth, y, width: Math.max(length, 1), height: barHeight, rx: 3, class: 'bar-fill' }),
      s('text', { x: labelWidth + length + 6, y: y + barHeight * 0.7, class: 'value' }, format(item.value))));
  });
  return svg;
}

/**
 * Lines over months: series are { name, values, tone } with one value (or null) per label.
 * `max` fixes the top of the scale (e.g. 1 for a rate).
 */
export function lineChart(labels, series, { title, description, max, format = String }) {
  const width = 640;
  const height = 260;
  const left = 48;
  const right = 28;
  const top = 16;
  const bottom = 56;
  const values = series.flatMap((line) => line.values).filter((value) => value !== null && value !== undefined);
  const top_ = max ?? Math.max(1, ...values);
  const x = (index) => left + (labels.length <= 1 ? 0 : (index * (width - left - right)) / (labels.length - 1));
  const y = (value) => top + (height - top - bottom) * (1 - value / top_);
  const svg = frame(width, height, title, description);
  for (let step = 0; step <= 4; step += 1) {
    const value = (top_ * step) / 4;
    svg.append(
      s('line', { x1: left, x2: width - right, y1: y(value), y2: y(value), class: 'grid' }),
      s('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'axis' }, format(value)));
  }
  // Every label while they fit, else every other one (the dots keep their full titles).
  const every = labels.length > 8 ? 2 : 1;
  labels.forEach((text, index) => {
    if ((labels.length - 1 - index) % every !== 0) return;
    svg.append(s('text', { x: x(index), y: height - bottom + 18, 'text-anchor': 'middle', class: 'axis' }, text));
  });
  series.forEach((line, seriesIndex) => {
    const points = line.values
      .map((value, index) => (value === null || value === undefined ? null : [x(index), y(value), value, labels[index]]))
      .filter(Boolean);
    svg.append(s('polyline', { points: points.map(([px, py]) => `${px},${py}`).join(' '), class: `line ${line.tone}` }));
    points.forEach(([px, py, value, month]) => svg.append(
      s('circle', { cx: px, cy: py, r: 4, class: `dot ${line.tone}` }, s('title', {}, `${line.name} ${month}: ${format(value)}`))));
    const legendX = left + seriesIndex * 170;
    svg.append(
      s('rect', { x: legendX, y: height - 22, width: 14, height: 14, class: `swatch ${line.tone}` }),
      s('text', { x: legendX + 20, y: height - 10, class: 'legend' }, line.name));
  });
  return svg;
}
