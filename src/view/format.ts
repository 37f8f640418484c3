/** The view layer's formats are the shared French formats. */
export * from "../text/french.js";
