// SVG logos for tests: one clean drawing an editor would export, and a corpus of hostile ones, each with what its
// refusal must say.

const open = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="100" viewBox="0 0 300 100">';

/** A clean two-colour logo: a gradient, a shape reused by `<use>` (href and xlink:href), text. */
export const cleanSvgLogo = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Exported by a drawing program -->
${open}
  <title>Bakery</title>
  <defs>
    <linearGradient id="brand" x1="0" x2="1"><stop offset="0" stop-color="#b91c1c"/><stop offset="1" stop-color="#b91c1c"/></linearGradient>
    <circle id="dot" cx="50" cy="50" r="40"/>
  </defs>
  <rect x="100" y="0" width="200" height="100" fill="url(#brand)"/>
  <use href="#dot" fill="#1d4ed8"/>
  <use xlink:href="#dot" fill="#1d4ed8" style="opacity:1"/>
  <text x="120" y="60" font-family="sans-serif" font-size="24" fill="#ffffff">Bakery</text>
</svg>
`;

/** A logo made of two flat colours (for the palette): blue on three fifths, orange on two. */
export const twoColourSvgLogo = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="240" height="200" fill="#1d4ed8"/><rect x="240" width="160" height="200" fill="#ea580c"/></svg>`;

export const HOSTILE_SVGS: Record<string, { svg: string; says: RegExp }> = {
  script: { svg: `${open}<script>alert(1)</script><rect width="10" height="10"/></svg>`, says: /contains a script/ },
  scriptInMetadata: { svg: `${open}<metadata><script>alert(1)</script></metadata></svg>`, says: /contains a script/ },
  xhtmlScript: { svg: `${open}<html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script></svg>`, says: /contains a script/ },
  onload: { svg: `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>`, says: /event handler \(onload\)/ },
  onclickOnShape: { svg: `${open}<g><rect width="10" height="10" onClick="alert(1)"/></g></svg>`, says: /event handler \(onClick\)/ },
  foreignObject: { svg: `${open}<foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject></svg>`, says: /foreignObject/ },
  xlinkJavascript: { svg: `${open}<a xlink:href="javascript:alert(1)"><rect width="10" height="10"/></a></svg>`, says: /script \(xlink:href="javascript:…"\)/ },
  useJavascript: { svg: `${open}<use href=" javascript:alert(1)"/></svg>`, says: /links to a script/ },
  animateToJavascript: { svg: `${open}<a><set attributeName="href" to="javascript:alert(1)"/><rect width="10" height="10"/></a></svg>`, says: /links to a script/ },
  externalUse: { svg: `${open}<use href="https://evil.example/sprite.svg#logo"/></svg>`, says: /loads a file from elsewhere \(https:\/\/evil\.example/ },
  externalImage: { svg: `${open}<image href="https://tracker.example/pixel.png" width="1" height="1"/></svg>`, says: /loads a file from elsewhere/ },
  localFile: { svg: `${open}<image xlink:href="file:///etc/passwd" width="1" height="1"/></svg>`, says: /loads a file from elsewhere \(file:/ },
  doctypeEntities: {
    svg: `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>${open}<text>&lol2;</text></svg>`,
    says: /document type \(DOCTYPE\)/,
  },
  externalEntity: { svg: `<?xml version="1.0"?><!ENTITY xxe SYSTEM "file:///etc/passwd">${open}<text>&xxe;</text></svg>`, says: /declares entities/ },
  styleImport: { svg: `${open}<style>@import url("https://evil.example/x.css"); rect { fill: red }</style><rect width="10" height="10"/></svg>`, says: /@import/ },
  styleEscapedUrl: { svg: `${open}<style>rect { fill: \\75 rl(https://evil.example/track) }</style><rect width="10" height="10"/></svg>`, says: /CSS escapes/ },
  styleUrl: { svg: `${open}<style>rect { fill: url(https://evil.example/track) }</style><rect width="10" height="10"/></svg>`, says: /loads a file from elsewhere/ },
  styleAttributeUrl: { svg: `${open}<rect width="10" height="10" style="background:url('//evil.example/x')"/></svg>`, says: /loads a file from elsewhere/ },
  fillUrl: { svg: `${open}<rect width="10" height="10" fill="url(https://evil.example/paint.svg#p)"/></svg>`, says: /loads a file from elsewhere/ },
  dataSvgWithScript: {
    svg: `${open}<image href="data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64')}" width="10" height="10"/></svg>`,
    says: /embedded file that is not a picture \(data:image\/svg\+xml;base64,\)/,
  },
  dataHtml: { svg: `${open}<use href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/></svg>`, says: /embedded file that is not a picture \(data:text\/html,\)/ },
  iframe: { svg: `${open}<iframe src="https://evil.example"/></svg>`, says: /embeds another page/ },
  malformed: { svg: `${open}<rect width="10"></svg>`, says: /not a well-formed SVG/ },
};
