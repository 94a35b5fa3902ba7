// The demo uses the sources, so edits show at once; partners use the built cdn/pa-statement-widget.js.
import '../src/all.js';
