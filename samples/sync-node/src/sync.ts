// Mirrors the API's published events into a JSON file for a static site: every page of the events feed, in English
// and in Traditional Chinese. The ETag of each page is kept in the file, so that the next run asks with If-None-Match
// and reuses the pages the API answers 304 Not Modified.
//
//   node build/sync.js --base-url http://localhost:5080 --out events.json [--when all|upcoming|past] [--limit 50]

import { readFile, rename, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createSccClient, isProblem, type Schemas } from "@scc/api-client";

type FeedEvent = Schemas["FeedEvent"];
type Language = "en" | "zh-Hant";
type When = "upcoming" | "past" | "all";

/** A page as the API answered it, kept with its ETag to be asked for again with If-None-Match. */
interface KeptPage {
  etag: string;
  items: FeedEvent[];
  nextCursor: string | null;
}

/** What the file holds: the events per language, and the pages they came from. */
interface Mirror {
  generatedAt: string;
  source: string;
  events: Record<Language, FeedEvent[]>;
  pages: Record<string, KeptPage>;
}

const languages: Language[] = ["en", "zh-Hant"];

const { values } = parseArgs({
  options: {
    "base-url": { type: "string", default: "http://localhost:5080" },
    out: { type: "string", default: "events.json" },
    when: { type: "string", default: "upcoming" },
    limit: { type: "string", default: "50" },
  },
});
const baseUrl = values["base-url"].replace(/\/+$/, "");
const when = values.when as When;
const limit = Number(values.limit);
if (!["upcoming", "past", "all"].includes(when)) throw new Error(`--when: upcoming, past or all, not ${when}`);

async function readMirror(path: string): Promise<Mirror | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8")) as Mirror;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

const previous = await readMirror(values.out);
const keptPages = previous?.source === baseUrl ? previous.pages : {};
const client = createSccClient({ baseUrl });
const mirror: Mirror = { generatedAt: new Date().toISOString(), source: baseUrl, events: { en: [], "zh-Hant": [] }, pages: {} };
let fetched = 0;
let notModified = 0;

for (const lang of languages) {
  let cursor: string | undefined;
  do {
    const key = JSON.stringify([lang, when, limit, cursor ?? null]);
    const kept = keptPages[key];
    const answer = await client.GET("/api/v1/feeds/events", {
      params: { query: { lang, when, limit, ...(cursor !== undefined && { cursor }) } },
      ...(kept !== undefined && { headers: { "If-None-Match": kept.etag } }),
    });
    let page: KeptPage;
    if (answer.response.status === 304 && kept !== undefined) {
      page = kept;
      notModified++;
    } else if (answer.data !== undefined) {
      page = { etag: answer.response.headers.get("ETag") ?? "", items: answer.data.items, nextCursor: answer.data.nextCursor };
      fetched++;
    } else {
      const detail = isProblem(answer.error) ? `${answer.error.code}: ${answer.error.detail}` : String(answer.response.status);
      throw new Error(`GET /api/v1/feeds/events?lang=${lang}: ${detail}`);
    }
    if (page.etag !== "") mirror.pages[key] = page;
    mirror.events[lang].push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

// Written beside the old file, then renamed over it: a static site never reads half a file.
await writeFile(`${values.out}.tmp`, JSON.stringify(mirror, null, 2) + "\n", "utf8");
await rename(`${values.out}.tmp`, values.out);
console.log(JSON.stringify({ events: mirror.events.en.length, fetched, notModified }));
