//! Small inline SVG charts (no scripts, no external assets): horizontal
//! bars, vertical histogram bars and a scatter plot. Every text is escaped.

use std::fmt::Write;

use super::escape::html_escape as esc;

const W: f64 = 680.0;
const LABEL_W: f64 = 250.0;
const BAR_H: f64 = 22.0;
const GAP: f64 = 8.0;

/// A bar: label, value from 0 to `max`, and the text shown beside it.
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
    /// CSS class for colour (`good`, `bad`, `warn`, `neutral`).
    pub class: &'static str,
}

/// At most `n` characters, with an ellipsis when cut.
fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(n - 1).collect();
    out.push('…');
    out
}

fn svg_open(h: f64, title: &str) -> String {
    format!(
        "<svg class=\"chart\" viewBox=\"0 0 {W} {h}\" width=\"{W}\" height=\"{h}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(title)
    )
}

/// Horizontal bars, one per row.
pub fn hbars(title: &str, bars: &[Bar], max: f64) -> String {
    if bars.is_empty() {
        return "<p class=\"empty\">No data in this period.</p>".to_owned();
    }
    let h = bars.len() as f64 * (BAR_H + GAP) + GAP;
    let mut s = svg_open(h, title);
    let span = W - LABEL_W - 90.0;
    for (i, b) in bars.iter().enumerate() {
        let y = GAP + i as f64 * (BAR_H + GAP);
        let w = if max > 0.0 {
            (b.value / max).clamp(0.0, 1.0) * span
        } else {
            0.0
        };
        let label = short(&b.label, 38);
        let _ = write!(
            s,
            "<text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{label}</text><rect class=\"{cls}\" x=\"{LABEL_W}\" y=\"{y}\" width=\"{w:.1}\" height=\"{BAR_H}\"><title>{full}</title></rect><text x=\"{vx:.1}\" y=\"{ty}\">{text}</text>",
            lx = LABEL_W - 8.0,
            ty = y + BAR_H * 0.72,
            label = esc(&label),
            cls = b.class,
            full = esc(&b.label),
            vx = LABEL_W + w + 6.0,
            text = esc(&b.text),
        );
    }
    s.push_str("</svg>");
    s
}

/// Vertical bars for a histogram: (bin label, count).
pub fn histogram(title: &str, bins: &[(String, u32)]) -> String {
    let max = bins.iter().map(|b| b.1).max().unwrap_or(0);
    if max == 0 {
        return "<p class=\"empty\">No decisions in this period.</p>".to_owned();
    }
    let h = 220.0;
    let (top, bottom, left) = (20.0, 40.0, 40.0);
    let plot_h = h - top - bottom;
    let bw = (W - left - 10.0) / bins.len() as f64;
    let mut s = svg_open(h, title);
    let _ = write!(
        s,
        "<line class=\"axis\" x1=\"{left}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\"/>",
        y = top + plot_h,
        x2 = W - 10.0
    );
    for (i, (label, n)) in bins.iter().enumerate() {
        let bh = f64::from(*n) / f64::from(max) * plot_h;
        let x = left + i as f64 * bw;
        let _ = write!(
            s,
            "<rect class=\"neutral\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{bh:.1}\"/><text x=\"{cx:.1}\" y=\"{ny:.1}\" text-anchor=\"middle\">{n}</text><text x=\"{cx:.1}\" y=\"{ly:.1}\" text-anchor=\"middle\">{label}</text>",
            y = top + plot_h - bh,
            w = bw - 6.0,
            cx = x + (bw - 6.0) / 2.0,
            ny = top + plot_h - bh - 4.0,
            ly = top + plot_h + 18.0,
            label = esc(label),
        );
    }
    s.push_str("</svg>");
    s
}

/// A point of the scatter plot.
pub struct Point {
    pub x: f64,
    pub y: f64,
    pub label: String,
}

/// d′ (x) against bias c (y), with both axes through zero.
pub fn scatter(title: &str, points: &[Point], x_name: &str, y_name: &str) -> String {
    if points.is_empty() {
        return "<p class=\"empty\">No named trainee has scored runs in this period.</p>"
            .to_owned();
    }
    let (w, h, pad) = (W, 320.0, 40.0);
    let xmax = points
        .iter()
        .map(|p| p.x.abs())
        .fold(1.0_f64, f64::max)
        .ceil();
    let ymax = points
        .iter()
        .map(|p| p.y.abs())
        .fold(1.0_f64, f64::max)
        .ceil();
    let sx = |x: f64| pad + (x + xmax) / (2.0 * xmax) * (w - 2.0 * pad);
    let sy = |y: f64| h - pad - (y + ymax) / (2.0 * ymax) * (h - 2.0 * pad);
    let mut s = svg_open(h, title);
    let _ = write!(
        s,
        "<line class=\"axis\" x1=\"{pad}\" y1=\"{y0:.1}\" x2=\"{x2}\" y2=\"{y0:.1}\"/><line class=\"axis\" x1=\"{x0:.1}\" y1=\"{pad}\" x2=\"{x0:.1}\" y2=\"{y2}\"/>\
         <text x=\"{x2}\" y=\"{ylab:.1}\" text-anchor=\"end\">{xn} →</text><text x=\"{xlab:.1}\" y=\"{tp}\">↑ {yn}</text>\
         <text x=\"{pad}\" y=\"{ylab:.1}\">−{xmax}</text><text x=\"{xlab:.1}\" y=\"{y2}\">−{ymax}</text>",
        y0 = sy(0.0),
        x0 = sx(0.0),
        x2 = w - pad,
        y2 = h - pad,
        ylab = sy(0.0) + 16.0,
        xlab = sx(0.0) + 6.0,
        tp = pad - 8.0,
        xn = esc(x_name),
        yn = esc(y_name),
    );
    for p in points {
        let _ = write!(
            s,
            "<circle class=\"dot\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"6\"><title>{}: {} {:.2}, {} {:.2}</title></circle><text class=\"dot-label\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            sx(p.x),
            sy(p.y),
            esc(&p.label),
            esc(x_name),
            p.x,
            esc(y_name),
            p.y,
            sx(p.x) + 9.0,
            sy(p.y) + 4.0,
            esc(&short(&p.label, 16)),
        );
    }
    s.push_str("</svg>");
    s
}

/// A curve of an ROC chart: points (false-alarm rate, hit rate) from (0, 0)
/// to (1, 1).
pub struct Curve {
    pub label: String,
    /// Stroke colour, e.g. `#0969da`.
    pub color: &'static str,
    pub points: Vec<(f64, f64)>,
}

/// ROC curves on the unit square with the chance diagonal.
pub fn roc_chart(title: &str, curves: &[Curve]) -> String {
    if curves.is_empty() {
        return "<p class=\"empty\">No judged scams and genuine situations in this period.</p>"
            .to_owned();
    }
    let (side, pad) = (320.0, 44.0);
    let size = side + 2.0 * pad;
    let sx = |x: f64| pad + x.clamp(0.0, 1.0) * side;
    let sy = |y: f64| pad + (1.0 - y.clamp(0.0, 1.0)) * side;
    let mut s = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {W} {size}\" width=\"{W}\" height=\"{size}\" role=\"img\" aria-label=\"{}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(title)
    );
    let _ = write!(
        s,
        "<rect x=\"{pad}\" y=\"{pad}\" width=\"{side}\" height=\"{side}\" fill=\"none\" class=\"axis\" stroke=\"#8c959f\"/>\
         <line class=\"axis\" stroke-dasharray=\"4 4\" x1=\"{x0}\" y1=\"{y0}\" x2=\"{x1}\" y2=\"{y1}\"/>\
         <text x=\"{mx}\" y=\"{by}\" text-anchor=\"middle\">false alarms (genuine called a scam) →</text>\
         <text x=\"{lx}\" y=\"{ty}\">↑ hits (scams called a scam)</text>\
         <text x=\"{x0}\" y=\"{by0}\" text-anchor=\"middle\">0</text><text x=\"{x1}\" y=\"{by0}\" text-anchor=\"middle\">1</text>",
        x0 = sx(0.0),
        y0 = sy(0.0),
        x1 = sx(1.0),
        y1 = sy(1.0),
        mx = pad + side / 2.0,
        by = size - 6.0,
        by0 = pad + side + 16.0,
        lx = pad,
        ty = pad - 10.0,
    );
    for (i, c) in curves.iter().enumerate() {
        let pts: Vec<String> = c
            .points
            .iter()
            .map(|(x, y)| format!("{:.1},{:.1}", sx(*x), sy(*y)))
            .collect();
        let _ = write!(
            s,
            "<polyline fill=\"none\" stroke=\"{cls}\" stroke-width=\"2.5\" points=\"{p}\"><title>{t}</title></polyline>",
            cls = c.color,
            p = pts.join(" "),
            t = esc(&c.label),
        );
        for (x, y) in &c.points {
            let _ = write!(
                s,
                "<circle fill=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\"/>",
                c.color,
                sx(*x),
                sy(*y)
            );
        }
        let _ = write!(
            s,
            "<rect fill=\"{cls}\" x=\"{lx}\" y=\"{ly}\" width=\"14\" height=\"4\"/><text x=\"{tx}\" y=\"{ty}\">{t}</text>",
            cls = c.color,
            lx = size + 20.0,
            ly = pad + 20.0 + i as f64 * 22.0,
            tx = size + 40.0,
            ty = pad + 26.0 + i as f64 * 22.0,
            t = esc(&short(&c.label, 34)),
        );
    }
    s.push_str("</svg>");
    s
}

/// An estimate with its interval, for [`interval_chart`].
pub struct Ranged {
    pub label: String,
    pub value: f64,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub class: &'static str,
}

/// Estimates as dots with interval whiskers on a shared axis through zero.
pub fn interval_chart(title: &str, rows: &[Ranged]) -> String {
    if rows.is_empty() {
        return "<p class=\"empty\">No data in this period.</p>".to_owned();
    }
    let lim = rows
        .iter()
        .flat_map(|r| [Some(r.value), r.low, r.high])
        .flatten()
        .filter(|v| v.is_finite())
        .map(f64::abs)
        .fold(1.0_f64, f64::max)
        .ceil();
    let h = rows.len() as f64 * (BAR_H + GAP) + GAP + 24.0;
    let span = W - LABEL_W - 30.0;
    let sx = |x: f64| LABEL_W + (x.clamp(-lim, lim) + lim) / (2.0 * lim) * span;
    let mut s = svg_open(h, title);
    let _ = write!(
        s,
        "<line class=\"axis\" x1=\"{z:.1}\" y1=\"{GAP}\" x2=\"{z:.1}\" y2=\"{b:.1}\"/><text x=\"{l:.1}\" y=\"{t:.1}\" text-anchor=\"middle\">−{lim}</text><text x=\"{z:.1}\" y=\"{t:.1}\" text-anchor=\"middle\">0</text><text x=\"{r:.1}\" y=\"{t:.1}\" text-anchor=\"middle\">{lim}</text>",
        z = sx(0.0),
        b = h - 24.0,
        l = sx(-lim),
        r = sx(lim),
        t = h - 8.0,
    );
    for (i, r) in rows.iter().enumerate() {
        let y = GAP + i as f64 * (BAR_H + GAP) + BAR_H / 2.0;
        if let (Some(lo), Some(hi)) = (r.low, r.high) {
            let _ = write!(
                s,
                "<line class=\"axis\" stroke-width=\"2\" x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/>",
                sx(lo),
                sx(hi)
            );
        }
        let _ = write!(
            s,
            "<text x=\"{lx}\" y=\"{ty:.1}\" text-anchor=\"end\">{label}</text><circle class=\"{cls}\" cx=\"{cx:.1}\" cy=\"{y:.1}\" r=\"6\"><title>{full}: {v:.2}{ci}</title></circle>",
            lx = LABEL_W - 8.0,
            ty = y + 5.0,
            label = esc(&short(&r.label, 38)),
            cls = r.class,
            cx = sx(r.value),
            full = esc(&r.label),
            v = r.value,
            ci = match (r.low, r.high) {
                (Some(a), Some(b)) => format!(" (95% interval {a:.2} to {b:.2})"),
                _ => String::new(),
            },
        );
    }
    s.push_str("</svg>");
    s
}
