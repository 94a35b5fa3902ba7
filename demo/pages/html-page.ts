// The skeleton every page of the site shares.
import { escapeHtml } from '../../src/shared/escape-html.js';

/** A page of the site: in English, laid out for phones; `head` after its title, `body` inside `<body>`. */
export const htmlPage = ({ title, head, body }: { title: string; head: string[]; body: string }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head.join('\n')}
</head>
<body>
${body}
</body>
</html>
`;
