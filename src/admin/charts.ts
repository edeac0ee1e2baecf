import { escapeHtml as e } from "../summary/html";

/**
 * The dashboard's charts as inline SVG, drawn on the server: no script, no library from a CDN, no
 * inline style (colours come from classes of admin.css). Each has a <title> for screen readers,
 * and the page shows the same figures in a table or as text next to it.
 */

export interface Bar {
  label: string;
  value: number;
  /** Said after the value ("42 % of the step before"). */
  note?: string;
}

let ids = 0;
/** An id unique within the page, for aria-labelledby. */
const nextId = (prefix: string) => `${prefix}-${++ids}`;

const svg = (title: string, width: number, height: number, body: string) => {
  const id = nextId("chart");
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}" preserveAspectRatio="xMinYMin meet"><title id="${id}">${e(title)}</title>${body}</svg>`;
};

/**
 * Horizontal bars, one per line, longest for the largest value: a ranking (OPCOs, schemes) or a
 * funnel (`kind` "funnel": bars centred, each with its share of the one before).
 */
export function barChart(title: string, bars: readonly Bar[], kind: "rank" | "funnel" = "rank"): string {
  const labelWidth = 290;
  const barWidth = 380;
  const row = 30;
  const width = labelWidth + barWidth + 220;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const body = bars
    .map((bar, i) => {
      const w = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * barWidth)) : 0;
      const x = kind === "funnel" ? labelWidth + Math.round((barWidth - w) / 2) : labelWidth;
      const y = i * row + 4;
      const text = `${bar.value}${bar.note ? ` · ${bar.note}` : ""}`;
      const label = bar.label.length > 40 ? `${bar.label.slice(0, 39)}…` : bar.label;
      return `<text class="label" x="${labelWidth - 10}" y="${y + 16}" text-anchor="end">${e(label)}<title>${e(bar.label)}</title></text><rect class="bar bar-${kind === "funnel" ? i : 0}" x="${x}" y="${y}" width="${w}" height="${row - 10}" rx="3"></rect><text class="value" x="${labelWidth + barWidth + 10}" y="${y + 16}">${e(text)}</text>`;
    })
    .join("");
  return svg(title, width, Math.max(row, bars.length * row + 4), body);
}

export interface Series {
  label: string;
  /** One value per day, in the order of the days. */
  values: readonly number[];
}

/**
 * Columns per day, the series drawn over one another from the baseline (conversations, then plans,
 * then leads: each a part of the one before), with a legend, the highest value on the axis and a
 * date every week.
 */
export function dailyChart(
  title: string,
  days: readonly string[],
  series: readonly Series[],
  dayLabel: (day: string) => string,
): string {
  const left = 40;
  const top = 30;
  const plotHeight = 160;
  const slot = Math.max(8, Math.min(28, Math.floor(760 / Math.max(1, days.length))));
  const width = left + slot * days.length + 10;
  const height = top + plotHeight + 36;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const legend = series
    .map(
      (s, i) =>
        `<rect class="bar bar-${i}" x="${left + i * 170}" y="4" width="14" height="14" rx="2"></rect><text class="label" x="${left + i * 170 + 20}" y="16">${e(s.label)}</text>`,
    )
    .join("");
  const axis = `<line class="axis" x1="${left}" y1="${top + plotHeight}" x2="${width - 10}" y2="${top + plotHeight}"></line><text class="value" x="${left - 6}" y="${top + 10}" text-anchor="end">${max}</text><text class="value" x="${left - 6}" y="${top + plotHeight}" text-anchor="end">0</text>`;
  const columns = days
    .map((day, d) => {
      const x = left + d * slot + 2;
      const bars = series
        .map((s, i) => {
          const value = s.values[d] ?? 0;
          if (!value) return "";
          const h = Math.max(1, Math.round((value / max) * plotHeight));
          const inset = i * Math.floor(slot / 6);
          return `<rect class="bar bar-${i}" x="${x + inset}" y="${top + plotHeight - h}" width="${Math.max(2, slot - 4 - 2 * inset)}" height="${h}"><title>${e(`${dayLabel(day)} · ${s.label} · ${value}`)}</title></rect>`;
        })
        .join("");
      // A date every week, and the last day when it is not too close to the one before.
      const tick =
        d % 7 === 0 || (d === days.length - 1 && d % 7 >= 4)
          ? `<text class="tick" x="${x}" y="${top + plotHeight + 18}">${e(dayLabel(day))}</text>`
          : "";
      return bars + tick;
    })
    .join("");
  return svg(title, width, height, legend + axis + columns);
}
