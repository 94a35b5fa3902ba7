// The embed pages framed by a stranger: the test page (on localhost) frames the test site's embed pages (on
// 127.0.0.1, another origin) in `sandbox="allow-scripts"`, as WordPress does, with WordPress's `#?secret=`. A
// recorder put first into the framed page (`/__record__/`, tools/test-env/recording-host.js) tells what happened inside.
import { expect } from '@open-wc/testing';
import { points } from '../../src/content/statement.js';
import { fetchFromSite, parseHtml, testSite } from '../site-server.js';
import { contrast } from '../helpers.js';

interface Message {
  message?: string;
  value?: unknown;
  secret?: string;
  recorder?: Report;
}
interface Report {
  warnings: string[];
  errors: string[];
  resources: string[];
  height: number;
  scrollHeight: number;
  viewportHeight: number;
  lang: string;
  /** The page's computed background colour. */
  background: string;
  widget: {
    /** The computed colour of the widget's text. */
    color: string;
    tag: string;
    /** Whether its element is defined: the bundle has run, and holds a press until the widget hydrates. */
    defined: boolean;
    theme: string | null;
    hydrated: boolean;
    text: string;
    pointsShown: number;
    status?: string;
  } | null;
}

let site = '';
before(async function () {
  this.timeout(180000);
  site = await testSite();
});

const SECRET = 'Xy7secret0';

interface FrameOptions {
  /** WordPress's secret in the address's fragment; none for a frame of any other site. */
  secret?: string | null;
  width?: number;
  height?: number;
  /** The frame's sandbox; none for a frame that is not sandboxed. */
  sandbox?: string | null;
}

/** Frames `path` of the test site, with the recorder; collects what the frame posts to this page. */
function framed(
  path: string,
  { secret = SECRET, width = 600, height = 150, sandbox = 'allow-scripts' }: FrameOptions = {},
) {
  const iframe = document.createElement('iframe');
  if (sandbox !== null) iframe.setAttribute('sandbox', sandbox);
  iframe.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  iframe.src = `${site}__record__/${path}${secret ? `#?secret=${secret}` : ''}`;
  const messages: Message[] = [];
  const waiting: { test: (message: Message) => boolean; resolve: (message: Message) => void }[] = [];
  const listener = (event: MessageEvent<Message>) => {
    if (event.source !== iframe.contentWindow) return;
    messages.push(event.data);
    for (const wait of waiting.filter(({ test }) => test(event.data))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(event.data);
    }
  };
  window.addEventListener('message', listener);
  document.body.append(iframe);
  const next = (test: (message: Message) => boolean, what: string) =>
    new Promise<Message>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} from ${path} within 8 s`)), 8000);
      waiting.push({ test, resolve: (message) => (clearTimeout(timer), resolve(message)) });
    });
  return {
    iframe,
    messages,
    heights: () => messages.filter((message) => message.message === 'height'),
    nextHeight: () => next((message) => message.message === 'height', 'height'),
    post: (message: object) => iframe.contentWindow?.postMessage(message, '*'),
    /** What the recorder reports; asked again until it answers (before its page loads, a message is lost). */
    async report(): Promise<Report> {
      const answer = next((message) => message.recorder !== undefined, 'report');
      const ask = () => iframe.contentWindow?.postMessage({ recorder: 'report' }, '*');
      const asking = setInterval(ask, 250);
      ask();
      try {
        return (await answer).recorder as Report;
      } finally {
        clearInterval(asking);
      }
    },
    close() {
      window.removeEventListener('message', listener);
      iframe.remove();
    },
  };
}

type Frame = ReturnType<typeof framed>;

/** The frame's report once `condition` holds of it (a frame resizes, and a widget renders, in its own time). */
async function reportWhen(frame: Frame, condition: (report: Report) => boolean, what: string): Promise<Report> {
  for (const deadline = Date.now() + 5000; Date.now() < deadline;) {
    const report = await frame.report();
    if (condition(report)) return report;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the frame never ${what}`);
}

/** Waits until the frame's page has loaded and its widget rendered: it reports its height on load. */
async function loaded(frame: Frame) {
  if (frame.heights().length === 0) await frame.nextHeight();
  return reportWhen(frame, (report) => report.widget?.hydrated === true, 'rendered its widget');
}

describe('an embed page in a sandboxed frame on another site', () => {
  it("shows the point, and posts its document's height with WordPress's secret on load and after `ready`", async () => {
    const point = points[3];
    const frame = framed('statement/point-4/embed/');
    const report = await loaded(frame);
    expect(new URL(site).origin).not.to.equal(location.origin);
    expect(report.widget?.text).to.contain(point.text).and.to.contain('Point 4 of 11');
    const [first] = frame.heights();
    expect(first).to.deep.equal({ message: 'height', value: Math.ceil(report.height), secret: SECRET });
    // WordPress's wp-embed.js posts `ready` when it loads: the frame answers with its height again.
    const before = frame.heights().length;
    frame.post({ message: 'ready', secret: SECRET });
    const again = await frame.nextHeight();
    expect(frame.heights().length).to.equal(before + 1);
    expect(again).to.deep.equal({ message: 'height', value: Math.ceil(report.height), secret: SECRET });
    // At that height the frame shows the whole page, without scrolling.
    frame.iframe.style.height = `${again.value}px`;
    const sized = await reportWhen(frame, (report) => report.viewportHeight === again.value, 'took its new height');
    expect(sized.viewportHeight).to.equal(again.value);
    expect(sized.scrollHeight).to.equal(again.value);
    expect(sized.warnings).to.deep.equal([]);
    expect(sized.errors).to.deep.equal([]);
    // Nothing but the site's own files.
    expect(sized.resources.filter((resource) => !resource.startsWith(site))).to.deep.equal([]);
    frame.close();
  });

  it('posts the height again when it changes: "Show all" opens the statement; "Copy link" shows the link', async () => {
    const frame = framed('statement/embed/');
    const report = await loaded(frame);
    expect(report.widget?.pointsShown).to.equal(3);
    frame.iframe.style.height = `${Math.ceil(report.height)}px`;
    const taller = frame.nextHeight();
    frame.post({ recorder: 'click', part: 'toggle-button' });
    const opened = (await taller).value as number;
    expect(opened).to.be.greaterThan(report.height + 500);
    const shown = await frame.report();
    expect(opened).to.equal(Math.ceil(shown.height));
    expect(shown.widget?.pointsShown).to.equal(11);
    // The sandbox leaves the clipboard out (or not, in Firefox): the widget says so and shows the link to copy.
    frame.iframe.style.height = `${opened}px`;
    frame.post({ recorder: 'click', part: 'copy-button' });
    const copied = await reportWhen(frame, (report) => Boolean(report.widget?.status), 'said what became of the copy');
    expect(copied.widget?.status).to.match(
      /^(Link to point 1 copied|Copying was refused; copy this link: \S+#pa-point-solidarity-with-protesters)$/,
    );
    expect(copied.errors).to.deep.equal([]);
    frame.close();
  });

  it('posts the height without a secret to any other site that frames it', async () => {
    const frame = framed('statement/point-7/embed/', { secret: null });
    const report = await loaded(frame);
    expect(frame.heights()[0]).to.deep.equal({ message: 'height', value: Math.ceil(report.height) });
    frame.post({ message: 'ready' });
    expect(await frame.nextHeight()).to.deep.equal({ message: 'height', value: Math.ceil(report.height) });
    expect(report.errors).to.deep.equal([]);
    frame.close();
  });

  it('takes lang and theme from the query when valid', async () => {
    const frame = framed('statement/point-4/embed/?lang=de&theme=dark');
    await loaded(frame);
    const report = await reportWhen(frame, (shown) => Boolean(shown.widget?.text.includes('Punkt')), 'spoke German');
    expect(report.lang).to.equal('de');
    expect(report.widget?.theme).to.equal('dark');
    expect(report.widget?.text).to.contain('Punkt 4 von 11').and.to.contain(points[3].text);
    expect(report.warnings).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    frame.close();
  });

  it("keeps its text's contrast on any page: it paints its scheme's background, whatever shows behind the frame", async () => {
    document.body.style.background = '#111';
    try {
      // Each engine's own canvas colour for the scheme: white for the light one, near black for the dark one.
      for (const [query, light] of [
        ['', true],
        ['?theme=dark', false],
      ] as const) {
        const frame = framed(`statement/point-4/embed/${query}`);
        await loaded(frame);
        // Once, under load, Firefox reported '' for both colours just after the widget rendered: they are read once set.
        const painted = (report: Report) =>
          /^rgb\(/.test(report.background) && /^rgb\(/.test(report.widget?.color ?? '');
        const report = await reportWhen(frame, painted, 'computed its colours');
        expect(report.background, query).to.match(/^rgb\(/);
        expect(
          contrast(report.background, 'rgb(0, 0, 0)') > contrast(report.background, 'rgb(255, 255, 255)'),
        ).to.equal(light);
        expect(contrast(report.widget?.color ?? '', report.background), query).to.be.at.least(4.5);
        frame.close();
      }
    } finally {
      document.body.style.background = '';
    }
  });

  it('ignores a bad lang or theme with one warning', async () => {
    const frame = framed('statement/point-4/embed/?lang=xx&theme=pink');
    const report = await loaded(frame);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('lang="xx"').and.to.contain('theme="pink"');
    expect(report.lang).to.equal('en');
    expect(report.widget?.theme).to.equal(null);
    expect(report.widget?.text).to.contain('Point 4 of 11');
    expect(report.errors).to.deep.equal([]);
    frame.close();
  });

  it('is sized by the five-line listener each page shows partners who frame it themselves', async () => {
    const code = parseHtml((await fetchFromSite('statement/point-7/')).text).querySelector('details pre code');
    const [markup, script] = (code?.textContent ?? '').split('<script>');
    const partner = document.createElement('div');
    partner.innerHTML = markup;
    const listener = document.createElement('script');
    listener.textContent = script.replace('</script>', '');
    document.body.append(partner, listener);
    const iframe = partner.querySelector('iframe') as HTMLIFrameElement;
    expect(iframe.getAttribute('sandbox')).to.equal('allow-scripts');
    // The same page, with the recorder, in a frame as wide and sized to what it posts, tells how tall it is.
    const measured = framed('statement/point-7/embed/', { secret: null, width: Number(iframe.width) });
    await loaded(measured);
    const posted = measured.heights().at(-1)?.value as number;
    measured.iframe.style.height = `${posted}px`;
    const { height } = await reportWhen(measured, (report) => report.viewportHeight === posted, 'took its height');
    for (const deadline = Date.now() + 5000; iframe.height !== String(Math.ceil(height)) && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(iframe.height).to.equal(String(Math.ceil(height)));
    expect(Math.ceil(height)).not.to.equal(240);
    measured.close();
    partner.remove();
    listener.remove();
  });
});

describe("the site's own pages", () => {
  // (The builder's page may be framed by its own site only: its tests run it on the test server, under the policy.)
  for (const path of ['statement/', 'statement/point-4/']) {
    it(`/${path}: run under the site's policy, their widget live, with no error`, async () => {
      const page = framed(path, { secret: null, sandbox: null, width: 1000, height: 900 });
      // Prerendered: it shows before any script, and hydrates when a reader needs it.
      let report = await reportWhen(
        page,
        (shown) => Boolean(shown.widget?.text.includes('21st century Europe')),
        'showed its widget',
      );
      if (path === 'statement/') {
        // A press before the bundle has run finds a button without a listener, as a reader's would: press after.
        await reportWhen(page, (shown) => Boolean(shown.widget?.defined), 'defined its element');
        page.post({ recorder: 'click', part: 'copy-button' });
        report = await reportWhen(
          page,
          (shown) => Boolean(shown.widget?.hydrated && shown.widget.status),
          'hydrated when pressed',
        );
      }
      expect(report.errors).to.deep.equal([]);
      expect(report.warnings).to.deep.equal([]);
      expect(report.resources.filter((resource) => !resource.startsWith(site))).to.deep.equal([]);
      page.close();
    });
  }
});
