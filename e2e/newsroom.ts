// Articles written for the browser tests: a small newsroom of outlets in several cities. The first
// two report one happening in other words (the extractor gives them one `story`); the rest are
// other happenings, some on the same days or in the same cities.
export const GAZETTE = `---
title: Fire guts the city market
published: 2031-06-12
outlet: Harbour Gazette
---
A fire destroyed the central market in Porto on Tuesday, and firefighters fought the blaze for six hours before it was out.
`;
export const POST = `---
title: Blaze at the old market
published: 2031-06-13
outlet: Valley Post
---
Firefighters battled for hours on June 10 as flames destroyed the old central market of Porto and smoke closed roads in Matosinhos.
`;
export const WIRE = `---
title: Port walkout over pay
published: 2031-06-14
url: https://www.metro-wire.example/port-walkout
---
Dock workers in Rotterdam walked off the job on Friday in a dispute over pay.
`;

/** More articles, for a corpus that looks like one (the README's picture). */
export const MORE = [
  `---
title: Ferry link to reopen
published: 2031-06-09
outlet: Harbour Gazette
---
The ferry between Lisbon and Seixal will run again from Monday, the operator said on June 8.

Repairs to the pier in Lisbon took four months.
`,
  `---
title: Ministers meet on fishing quotas
published: 2031-06-11
outlet: Valley Post
---
Fisheries ministers met in Brussels on Wednesday to settle fishing quotas for the Atlantic.

Talks in Madrid on June 3 had ended without a deal.
`,
  `---
title: Hamburg cranes idle
published: 2031-06-15
url: https://www.metro-wire.example/hamburg-cranes
---
Cranes at the port of Hamburg stood idle on Saturday as the strike spread from Rotterdam.
`,
  `---
title: Market traders count the cost
published: 2031-06-16
outlet: Coast Weekly
---
Traders who lost their stalls in Porto met city officials on Sunday to ask for help with rent.

A temporary market opened in Vila Nova de Gaia on June 14.
`,
];
