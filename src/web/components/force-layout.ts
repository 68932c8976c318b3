/**
 * A small force-directed layout (Fruchterman–Reingold): nodes repel each other, edges pull their
 * ends together in proportion to their weight, a weak pull keeps loose groups near the centre.
 * Deterministic (nodes start on a spiral, heaviest first), a fixed number of iterations; `fit`
 * then places the result in a drawing. O(n²) per iteration: fine for a few hundred nodes.
 */
export interface LayoutNode { id: string; weight: number }
export interface LayoutEdge { source: string; target: string; weight: number }
export interface Point { x: number; y: number }

export function forceLayout(nodes: LayoutNode[], edges: LayoutEdge[], iterations = 120): Map<string, Point> {
  const n = nodes.length;
  const out = new Map<string, Point>();
  if (!n) return out;
  if (n === 1) { out.set(nodes[0].id, { x: 0.5, y: 0.5 }); return out; }
  const order = [...nodes].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  const index = new Map(order.map((nd, i) => [nd.id, i]));
  const x = new Float64Array(n), y = new Float64Array(n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) { const r = Math.sqrt((i + 0.5) / n); x[i] = r * Math.cos(i * golden); y[i] = r * Math.sin(i * golden); }
  const links = edges
    .map((e) => ({ s: index.get(e.source), t: index.get(e.target), w: e.weight }))
    .filter((l): l is { s: number; t: number; w: number } => l.s != null && l.t != null && l.s !== l.t);
  const maxW = Math.max(1, ...links.map((l) => l.w));
  const k = Math.sqrt(4 / n); // ideal distance in a 2×2 box
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    const temp = 0.2 * (1 - it / iterations) + 0.002;
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let ddx = x[i] - x[j], ddy = y[i] - y[j];
      let d2 = ddx * ddx + ddy * ddy;
      if (d2 < 1e-9) { ddx = 1e-3 * (i - j); ddy = 1e-3; d2 = ddx * ddx + ddy * ddy; }
      const f = (k * k) / d2; // (k²/d) along the unit vector = k²·Δ/d²
      dx[i] += ddx * f; dy[i] += ddy * f; dx[j] -= ddx * f; dy[j] -= ddy * f;
    }
    for (const l of links) {
      const ddx = x[l.s] - x[l.t], ddy = y[l.s] - y[l.t];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-6;
      const f = (d / k) * (0.5 + 0.5 * Math.sqrt(l.w / maxW)); // (d²/k) along the unit vector
      dx[l.s] -= ddx * f; dy[l.s] -= ddy * f; dx[l.t] += ddx * f; dy[l.t] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] -= x[i] * 0.1 * n * k; dy[i] -= y[i] * 0.1 * n * k; // gravity
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const step = Math.min(len, temp);
      x[i] += (dx[i] / len) * step; y[i] += (dy[i] / len) * step;
    }
  }
  order.forEach((nd, i) => out.set(nd.id, { x: x[i], y: y[i] }));
  return out;
}

/**
 * Scales and centres layout positions into width × height less a margin, stretching one axis at
 * most `maxStretch` times the other so that small graphs keep their shape.
 */
export function fit(pos: Map<string, Point>, width: number, height: number, padX: number, padY: number, maxStretch = 1.5): Map<string, Point> {
  const pts = [...pos.values()];
  const out = new Map<string, Point>();
  if (!pts.length) return out;
  const minX = Math.min(...pts.map((p) => p.x)), maxX = Math.max(...pts.map((p) => p.x));
  const minY = Math.min(...pts.map((p) => p.y)), maxY = Math.max(...pts.map((p) => p.y));
  const aw = Math.max(1, width - 2 * padX), ah = Math.max(1, height - 2 * padY);
  let kx = (maxX - minX) > 1e-9 ? aw / (maxX - minX) : Infinity;
  let ky = (maxY - minY) > 1e-9 ? ah / (maxY - minY) : Infinity;
  if (!Number.isFinite(kx) && !Number.isFinite(ky)) kx = ky = 1;
  else if (!Number.isFinite(kx)) kx = ky;
  else if (!Number.isFinite(ky)) ky = kx;
  kx = Math.min(kx, ky * maxStretch);
  ky = Math.min(ky, kx * maxStretch);
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  for (const [id, p] of pos) out.set(id, { x: width / 2 + (p.x - cx) * kx, y: height / 2 + (p.y - cy) * ky });
  return out;
}

export interface Box { x: number; y: number; left: number; right: number; top: number; bottom: number }

/**
 * Pushes apart nodes whose boxes (circle and label; offsets from the node's x, y) overlap, along
 * the axis where they overlap least, keeping every box inside width × height. Moves nodes in place.
 */
export function separate(boxes: Box[], width: number, height: number, rounds = 60): void {
  const clamp = (b: Box) => {
    b.x = Math.min(width - b.right, Math.max(-b.left, b.x));
    b.y = Math.min(height - b.bottom, Math.max(-b.top, b.y));
  };
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const ox = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left);
      const oy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top);
      if (ox <= 0 || oy <= 0) continue;
      moved = true;
      if (oy <= ox) {
        const s = (oy / 2 + 0.5) * (a.y < b.y || (a.y === b.y && i < j) ? 1 : -1);
        a.y -= s; b.y += s;
      } else {
        const s = (ox / 2 + 0.5) * (a.x < b.x ? 1 : -1);
        a.x -= s; b.x += s;
      }
      clamp(a); clamp(b);
    }
    if (!moved) break;
  }
}
