/**
 * SVG of a picture: the primitives written as they are, in points (1 user unit = 1 pt), text in
 * DejaVu Sans (the PDF font) or a close sans-serif. Same picture, same bytes.
 */
import type { Picture, Point, Shape } from "./model.js";

function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "\ufffd");
}

function points(ps: Point[]): string {
  return ps.map((p) => `${p.x},${p.y}`).join(" ");
}

function shape(s: Shape): string {
  switch (s.type) {
    case "rect":
      return `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"${s.radius ? ` rx="${s.radius}"` : ""} fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${s.dashed ? ' stroke-dasharray="3 2"' : ""}/>`;
    case "polyline":
      return `<polyline points="${points(s.points)}" fill="none" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${s.dashed ? ' stroke-dasharray="3 2"' : ""}/>`;
    case "polygon":
      return `<polygon points="${points(s.points)}" fill="${s.fill}"/>`;
    case "text":
      return `<text x="${s.x}" y="${s.y}" font-size="${s.size}"${s.bold ? ' font-weight="bold"' : ""}${s.anchor !== "start" ? ` text-anchor="${s.anchor}"` : ""} fill="${s.fill}">${xml(s.text)}</text>`;
  }
}

export function toSvg(picture: Picture): string {
  const { width, height } = picture;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}pt" height="${height}pt" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Verdana, Arial, sans-serif">`,
    `<title>${xml(picture.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...picture.shapes.map(shape),
    `</svg>`,
    "",
  ].join("\n");
}
