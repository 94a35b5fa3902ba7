// The demo uses the sources, so edits show at once; partners use the built cdn/pa-statement-widget.js.
import '../../src/all.js';
import { mountBuilder } from './builder.js';

const builder = document.querySelector<HTMLFormElement>('#builder');
if (builder) mountBuilder(builder);
