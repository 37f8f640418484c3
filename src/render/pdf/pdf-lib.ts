/**
 * pdf-lib, loaded from its single-file build. The package's main entry is CommonJS spread over
 * some 300 files: imported from ESM, Node resolved each and ran its CommonJS export scanner over
 * them, ≈0.15 s of CPU per process — more than the painting of a small document. The
 * one-file UMD build of the same version (dist/pdf-lib.min.js, same code, same bytes out) loads
 * in ≈0.03 s. The types come from the package's declarations.
 */
import { createRequire } from "node:module";
import type * as PdfLib from "pdf-lib";

const require = createRequire(import.meta.url);
const lib = require("pdf-lib/dist/pdf-lib.min.js") as typeof PdfLib;

export const { PDFDict, PDFDocument, PDFInvalidObject, PDFName, PDFRawStream, PDFString } = lib;
// Each class also as a type, under the same name, as `import { PDFName } from "pdf-lib"` gives.
export type PDFDict = PdfLib.PDFDict;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFInvalidObject = PdfLib.PDFInvalidObject;
export type PDFName = PdfLib.PDFName;
export type PDFRawStream = PdfLib.PDFRawStream;
export type PDFString = PdfLib.PDFString;
export type { PDFContext, PDFFont, PDFRef } from "pdf-lib";
