// The throughput chart: a plain SVG (no dependency), one panel per measurement, one bar per
// client, each panel on its own scale with the value written at the end of each bar.

const COLORS = {
  runwire: "#2563eb",
  floor: "#6b7280",
  "eventsource-parser": "#d97706",
  sdk: "#dc2626",
};
const LABELS = {
  runwire: "runwire",
  floor: "floor",
  "eventsource-parser": "eventsource-parser 3",
  sdk: "@langchain/langgraph-sdk 1.15",
};

function escapeXml(text) {
  return String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @param {{ title: string, unit: string, bars: { client: string, value: number }[] }[]} panels
 * @param {string} subtitle
 */
export function throughputChart(panels, subtitle) {
  const width = 760;
  const labelWidth = 230;
  const barArea = width - labelWidth - 110;
  const barHeight = 20;
  const gap = 6;
  let y = 72;
  const parts = [];
  for (const panel of panels) {
    parts.push(
      `<text x="16" y="${y}" font-size="14" font-weight="600">${escapeXml(panel.title)} (${escapeXml(panel.unit)})</text>`,
    );
    y += 12;
    const max = Math.max(...panel.bars.map((bar) => bar.value), 1e-9);
    for (const bar of panel.bars) {
      const w = Math.max(1, Math.round((bar.value / max) * barArea));
      const color = COLORS[bar.client] ?? "#111827";
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 15}" font-size="12" text-anchor="end">${escapeXml(LABELS[bar.client] ?? bar.client)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="${color}" rx="2"/>`,
        `<text x="${labelWidth + w + 6}" y="${y + 15}" font-size="12">${escapeXml(format(bar.value))}</text>`,
      );
      y += barHeight + gap;
    }
    y += 22;
  }
  const height = y;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" fill="#111827">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="24" font-size="17" font-weight="700">runwire throughput per client (higher is better)</text>`,
    `<text x="16" y="42" font-size="12" fill="#4b5563">${escapeXml(subtitle)}</text>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

function format(value) {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
