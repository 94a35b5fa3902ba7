// The embed-code builder: a form, a live preview and the snippet to copy.
import { points } from '../../src/content/statement.js';
import { LANGUAGES } from '../../src/localization/phrases.js';
import { MIN_INTERVAL_SECONDS } from '../../src/statement-quote/pa-statement-quote.js';
import { hostedBundle, LATEST_FOLDER, PINNED_FOLDER, RELEASED, type Channel } from './hosted-versions.js';
import { prerenderInWorker } from './prerender-client.js';
import { scriptAddressNote, scriptAddressProblem } from '../embed-code/checks.js';
import { codeOf, prerenderOptionsOf } from '../embed-code/code.js';
import {
  attributesOf,
  customPropertiesOf,
  defaultOptions,
  type EmbedOptions,
  type Output,
} from '../embed-code/options.js';

/** The site's root: the builder's own folder, where the statement's pages are (`statement/point-4/`). */
const siteRoot = () => new URL('./', document.baseURI).href;

/**
 * The script the snippet loads: the bundle on the host this page is served from, in the channel's folder, as an
 * absolute address (right on any host and under any path, so a snippet copied from here works on any other site
 * as pasted), with its integrity if pinned; or the editor's own address, whose bytes the builder cannot know.
 */
function scriptOf(
  address: string,
  channel: Channel,
): Pick<EmbedOptions, 'scriptUrl' | 'integrity' | 'moduleIntegrity'> {
  const hosted = hostedBundle(channel);
  if (address && address !== hosted.src) return { scriptUrl: address, integrity: '', moduleIntegrity: {} };
  return { scriptUrl: hosted.src, integrity: hosted.integrity ?? '', moduleIntegrity: hosted.moduleIntegrity ?? {} };
}

/** The options the form's fields give, each field named as its option: a checkbox for a yes-or-no option, else text. */
function optionsOf(form: HTMLFormElement): EmbedOptions {
  const data = new FormData(form);
  const text = (name: keyof EmbedOptions) => String(data.get(name) ?? '');
  const colour = (name: keyof EmbedOptions) => (data.has('colours') ? text(name) : '');
  const fields = Object.entries(defaultOptions).map(([name, initial]) => [
    name,
    typeof initial === 'boolean' ? data.has(name) : text(name as keyof EmbedOptions),
  ]);
  return {
    ...(Object.fromEntries(fields) as typeof defaultOptions),
    accent: colour('accent'),
    text: colour('text'),
    background: colour('background'),
    ...scriptOf(text('scriptUrl'), String(data.get('channel')) as Channel),
    output: (text('output') || 'script') as Output,
  };
}

/** The element as the snippet makes it, for the preview. */
function previewOf(options: EmbedOptions): HTMLElement {
  const element = document.createElement(options.tag);
  for (const [name, value] of attributesOf(options)) element.setAttribute(name, value === true ? '' : value);
  for (const [name, value] of customPropertiesOf(options)) element.style.setProperty(name, value);
  return element;
}

/** A prerenderer's warning as the builder tells it: without the `prerender: ` the command line starts it with. */
const warningText = (warning: string) => warning.replace(/^prerender: /, '');

/** How long the code box may be busy before the builder says it is prerendering: not for every keystroke. */
const BUSY_NOTICE_MS = 300;

export function mountBuilder(form: HTMLFormElement): void {
  const preview = form.querySelector<HTMLElement>('#preview');
  const code = form.querySelector<HTMLElement>('#code');
  const codeBox = code?.closest('pre');
  const codeStatus = form.querySelector<HTMLElement>('#code-status');
  const copy = form.querySelector<HTMLButtonElement>('#copy');
  const status = form.querySelector<HTMLElement>('#copy-status');
  const addressProblem = form.querySelector<HTMLElement>('#script-address-problem');
  if (!preview || !code || !codeBox || !codeStatus || !copy || !status || !addressProblem) return;
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[name="point"], select[name="highlight"]')) {
    for (const point of points) select.add(new Option(`${point.number}: ${point.slug}`, String(point.number)));
  }
  form.point.value = defaultOptions.point;
  // The languages the widgets speak, each named in itself; the quote's default interval and its least.
  const languages = form.querySelector<HTMLSelectElement>('select[name="lang"]');
  for (const code of [...LANGUAGES].sort()) {
    const option = new Option(new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code, code);
    option.lang = code;
    languages?.add(option);
  }
  form.interval.value = defaultOptions.interval;
  form.interval.min = String(MIN_INTERVAL_SECONDS);
  // The channels, named for the folders this build publishes; the script address follows the channel chosen.
  const channels = form.querySelector<HTMLSelectElement>('select[name="channel"]');
  const major = LATEST_FOLDER.replace(/^v/, '');
  for (const option of channels?.options ?? []) {
    option.text =
      option.value === 'pinned'
        ? `Pinned: ${PINNED_FOLDER.replace(/^v/, '')} (immutable, with SRI)`
        : `Latest ${major}.x (receives fixes)`;
  }
  // A preview's files may still change: it is offered as the latest, never pinned with an integrity.
  const previewNotice = form.querySelector<HTMLElement>('#preview-notice');
  if (!RELEASED && channels) {
    channels.value = 'latest';
    channels.querySelector<HTMLOptionElement>('option[value="pinned"]')?.toggleAttribute('disabled', true);
    if (previewNotice) {
      previewNotice.hidden = false;
      previewNotice.textContent = `This site publishes ${PINNED_FOLDER.replace(/^v/, '')} as a preview: its files may still change, so it offers no pinned code with an integrity until that version is released.`;
    }
  }
  const hostedAddresses = (['pinned', 'latest'] as const).map((channel) => hostedBundle(channel).src);
  const followChannel = () => {
    const address = hostedBundle(form.channel.value as Channel).src;
    form.scriptUrl.placeholder = address;
    // An address of the editor's own stays; an empty field means the channel's, as the placeholder shows.
    if (hostedAddresses.includes(form.scriptUrl.value)) form.scriptUrl.value = address;
  };
  form.scriptUrl.value = hostedBundle(form.channel.value as Channel).src;

  /**
   * The code box while the prerenderer works: it keeps the code it had, marked busy, and Copy waits, so that only
   * the code for the options chosen is copied; the rest of the builder stays live meanwhile.
   */
  let busyNotice: ReturnType<typeof setTimeout> | undefined;
  const setBusy = (busy: boolean) => {
    clearTimeout(busyNotice);
    if (busy) codeBox.setAttribute('aria-busy', 'true');
    else codeBox.removeAttribute('aria-busy');
    copy.disabled = busy;
    if (busy) busyNotice = setTimeout(() => (codeStatus.textContent = 'Prerendering…'), BUSY_NOTICE_MS);
  };
  /** The latest snippet asked for: an answer for an earlier one comes too late to show. */
  let latest = 0;
  const showCode = (options: EmbedOptions) => {
    const request = (latest += 1);
    const { code: plain, note } = codeOf(options, siteRoot());
    if (!options.prerendered || options.output !== 'script' || !plain) {
      setBusy(false);
      code.textContent = plain;
      codeStatus.textContent = note;
      copy.disabled = !plain;
      return;
    }
    setBusy(true);
    prerenderInWorker(plain, prerenderOptionsOf(options)).then(
      ({ html, warnings }) => {
        if (request !== latest) return;
        setBusy(false);
        code.textContent = html;
        codeStatus.textContent = warnings.map(warningText).join(' ');
      },
      (error: Error) => {
        if (request !== latest) return;
        setBusy(false);
        code.textContent = plain;
        // One sentence, whatever the error: never a stack trace.
        const reason = error.message.split('\n')[0].replace(/\.$/, '');
        codeStatus.textContent = `The prerendered code could not be made: ${reason}. Below is the plain code, which works as well.`;
      },
    );
  };

  const colours = form.querySelector('fieldset');
  const update = () => {
    // A linked stylesheet leaves the snippet no place for colours and font (see customPropertiesOf).
    form.colours.disabled = form.font.disabled = form.linkStylesheet.checked;
    followChannel();
    if (colours) colours.disabled = form.colours.disabled || !form.colours.checked;
    const options = optionsOf(form);
    addressProblem.textContent = scriptAddressProblem(options.scriptUrl) || scriptAddressNote(options.scriptUrl);
    form.dataset.tag = options.tag;
    preview.replaceChildren(previewOf(options));
    showCode(options);
    status.textContent = '';
  };
  form.addEventListener('input', update);
  // Enter in a field submits a form: only the Copy button copies.
  form.addEventListener('submit', (event) => event.preventDefault());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = 'Copied. Paste it into your page or your CMS’s custom HTML block.';
    } catch {
      getSelection()?.selectAllChildren(code);
      status.textContent = 'Copying was refused: the code is selected, press Ctrl+C (⌘C on a Mac).';
    }
  });
  update();
}
