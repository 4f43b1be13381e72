// The drop-in file dist/usce-compare.js: one script tag registers every element.
import '../define.js';
