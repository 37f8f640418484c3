/**
 * The flow of the layout: the current page, the cursor going down it, the spacing owed by the
 * last paragraph (the larger of its space after and the next one's space before, none at the top
 * of a page, as the DOCX), and the primitives that place lines, rules and fills.
 */
import type { Heading } from "../../doc/model.js";
import type { SetLine } from "./text-lines.js";
import { A4, baselineOffset, COLOR, MARGIN, type ParaStyle } from "./style.js";
import type { LaidOutPage, PageRole, PlacedHeading, TextRun } from "./types.js";

export type Orientation = "portrait" | "landscape";

/** One line ready to place: its pieces, where it starts, its box. */
export interface LineBox {
  line: SetLine;
  /** Left edge of the line's column, relative to the text area's left. */
  x: number;
  /** Width of that column (centred lines are centred in it). */
  width: number;
  height: number;
  size: number;
  color: string;
  align: "left" | "center";
  /** A list marker drawn in the hanging indent of the first line. */
  marker?: { line: SetLine; x: number };
}

export class Flow {
  readonly pages: LaidOutPage[] = [];
  readonly headings: PlacedHeading[] = [];
  page!: LaidOutPage;
  y = 0;
  /** Space after the last paragraph, owed to the next one unless a page starts. */
  after = 0;
  /** Nothing placed on the current page yet. */
  fresh = true;
  orientation: Orientation = "portrait";
  /**
   * Called once a new page has been started: the pages before it are finished (layout.ts hands
   * them to its sink), even in the middle of a block — a table or list running over a hundred
   * pages no longer holds their texts until it ends.
   */
  onNewPage?: () => void;

  constructor() {
    this.newPage("cover");
  }

  get top(): number {
    return this.page.area.y;
  }
  get bottom(): number {
    return this.page.area.y + this.page.area.height;
  }
  get left(): number {
    return this.page.area.x;
  }
  get width(): number {
    return this.page.area.width;
  }
  /** Height of the text area of a page of the current orientation. */
  get pageHeight(): number {
    return this.page.area.height;
  }
  get index(): number {
    return this.pages.length - 1;
  }

  newPage(role: PageRole = "body"): void {
    const landscape = this.orientation === "landscape";
    const width = landscape ? A4.height : A4.width;
    const height = landscape ? A4.width : A4.height;
    this.page = {
      width,
      height,
      role,
      area: { x: MARGIN, y: MARGIN, width: width - 2 * MARGIN, height: height - 2 * MARGIN },
      fills: [],
      rules: [],
      runs: [],
      links: [],
      running: [],
      runningRules: [],
    };
    this.pages.push(this.page);
    this.y = this.top;
    this.after = 0;
    this.fresh = true;
    this.onNewPage?.();
  }

  /** A new page unless the current one is still empty. */
  breakPage(): void {
    if (!this.fresh) this.newPage();
  }

  /** Changes the orientation from the next page on; an empty current page takes it at once. */
  orient(orientation: Orientation): void {
    if (orientation === this.orientation && this.fresh) return;
    this.orientation = orientation;
    if (this.fresh) {
      const role = this.page.role;
      this.pages.pop();
      this.newPage(role === "cover" ? "cover" : "body");
    } else this.newPage();
  }

  /** The gap before a paragraph with space `before` at the cursor. */
  gap(before: number): number {
    return this.fresh ? 0 : Math.max(this.after, before);
  }

  /** Room left on the page below the cursor. */
  room(): number {
    return this.bottom - this.y;
  }

  /** Places one line box with its top at the cursor, and moves the cursor below it. */
  placeLine(box: LineBox): void {
    const base = this.left + box.x;
    const x = box.align === "center" ? base + (box.width - box.line.width) / 2 : base;
    if (box.marker) this.pushRuns(box.marker.line, this.left + box.marker.x, box.height, box.size, box.color);
    this.placeSetLine(box.line, x, box.height, box.size, box.color);
  }

  /**
   * Places a set line at page abscissa `x` with its top at the cursor, and moves the cursor below
   * it (tables place their cells' lines this way, without a box per line).
   */
  placeSetLine(line: SetLine, x: number, height: number, size: number, color: string): void {
    this.pushRuns(line, x, height, size, color);
    this.y += height;
    this.fresh = false;
  }

  private pushRuns(line: SetLine, x: number, height: number, size: number, color: string): void {
    // Lines taller than the font's (minimum row heights) keep their text at the top.
    const baseline = this.y + baselineOffset(size);
    let cx = x;
    for (const p of line.pieces) {
      if (p.text.length > 0) {
        const run: TextRun = {
          x: cx,
          y: this.y,
          baseline,
          width: p.width,
          height,
          font: p.font,
          size,
          color,
          text: p.text,
        };
        this.page.runs.push(run);
      }
      cx += p.width;
    }
  }

  /** Records a heading at the cursor (its first line's top). */
  markHeading(heading: Heading): void {
    this.headings.push({ heading, page: this.index, y: this.y, x: this.left });
  }

  rule(x1: number, y1: number, x2: number, y2: number, width: number, color: string = COLOR.rule): void {
    this.page.rules.push({ x1, y1, x2, y2, width, color });
  }

  fill(x: number, y: number, width: number, height: number, color: string): void {
    this.page.fills.push({ x, y, width, height, color });
  }

  /** Line boxes of set lines in a paragraph style, over the column (x, width) of the text area. */
  static boxes(lines: SetLine[], style: ParaStyle, x: number, width: number, height: number): LineBox[] {
    return lines.map((line) => ({
      line,
      x,
      width,
      height,
      size: style.size,
      color: style.color ?? COLOR.text,
      align: style.align ?? "left",
    }));
  }
}
