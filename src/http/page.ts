/**
 * A page the app serves for people (the call-back form, the dashboard): no script, no inline
 * style, one stylesheet, not indexed. Its referrer policy is same-origin (the app's headers say
 * no-referrer): under no-referrer a browser sends a form with `Origin: null`, which the origin
 * check refuses. `title` and `body` come escaped.
 */
export const htmlPage = (page: { lang: string; title: string; stylesheet: string; body: string }) => `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="same-origin">
<title>${page.title}</title>
<link rel="stylesheet" href="${page.stylesheet}">
</head>
<body>
${page.body}
</body>
</html>
`;
