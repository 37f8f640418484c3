/**
 * Pictures as plain vector primitives (issue 12): boxes, polylines, filled polygons (arrow
 * heads) and single-line text with its size. Units are points (1/72 in), origin top left, y down:
 * the SVG serializer writes them as is, the PDF backend can draw them with the primitives it
 * already uses for text and tables. Everything is computed, nothing measured at draw time.
 */
/**
 * Above this many resources no picture is drawn (PRA 4.4 figures, `graph --format svg`): dozens
 * of diagram pages help nobody on paper, and dagre's layout grows far faster than the plan — a
 * CHU-size plan (1,900 nodes, 8,000 edges) ran over 12 minutes, and its recursion overflows the
 * stack on a dependency chain of 2,000 resources. Tables and `graph --format dot` stand in.
 */
export const pictureResourceLimit = 200;

export interface Point {
  x: number;
  y: number;
}

export type Shape =
  | {
      type: "rect";
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke: string;
      strokeWidth: number;
      /** Corner radius (0: square corners). */
      radius: number;
      dashed: boolean;
    }
  | { type: "polyline"; points: Point[]; stroke: string; strokeWidth: number; dashed: boolean }
  | { type: "polygon"; points: Point[]; fill: string }
  | {
      type: "text";
      /** Baseline start (anchor start), centre (middle) or end (end). */
      x: number;
      y: number;
      text: string;
      size: number;
      bold: boolean;
      anchor: "start" | "middle" | "end";
      fill: string;
    };

export interface Picture {
  width: number;
  height: number;
  /** What the picture shows, for a caption and the SVG `<title>`. */
  title: string;
  shapes: Shape[];
}

/** Width of one line of text in points; the renderer's font decides, so it is passed in. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Two decimals: enough for print, and the same bytes on every machine. */
export function round(n: number): number {
  return Math.round(n * 100) / 100 + 0;
}

/** The smallest text size any picture uses: legible at 100 % on A4 (issue 12). */
export const minTextSize = 8;
