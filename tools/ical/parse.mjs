// Reads an iCalendar file with ical.js and prints what the tests compare, as JSON:
//   node parse.mjs <file.ics>
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const calendar = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], "utf8")));
const text = (name) => calendar.getFirstPropertyValue(name)?.toString() ?? null;
const refresh = calendar.getFirstProperty("refresh-interval");
console.log(JSON.stringify({
  name: text("name"),
  calendarName: text("x-wr-calname"),
  refreshInterval: refresh ? refresh.getFirstValue().toString() : null,
  refreshIntervalType: refresh ? refresh.type : null,
  publishedTtl: text("x-published-ttl"),
  events: calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      status: vevent.getFirstPropertyValue("status"),
      start: event.startDate.toString(),
      end: event.endDate.toString(),
    };
  }),
}));
