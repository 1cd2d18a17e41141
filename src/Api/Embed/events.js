/*
 * Smart City Consortium events widget.
 *   <scc-events lang="zh-Hant" limit="5" type="seminar"></scc-events>
 *   <div data-scc-events data-lang="zh-Hant" data-limit="5" data-type="seminar"></div>
 *   <script src="https://<api>/embed/v1/events.js" async></script>
 * Attributes (with data- on a div, with or without it on <scc-events>): the feed's filters lang, limit, type, tag,
 * organisation, role, series, programme, when; title, heading-level, theme (light, dark, auto), events-page; preview
 * (a preview link's token: the one draft event it shows, as the widget will show it once published).
 * Elements added later are mounted and attribute changes re-render; window.SccEvents.mount(element) is for elements
 * the page's framework keeps where the script cannot see them (another shadow root).
 * No framework, no request to anyone but the server this script came from; styles live in a Shadow DOM, themed only
 * through the --scc-* custom properties and ::part(); every text from the feed is set with textContent.
 */
(function () {
  "use strict";

  // Pasted twice, or loaded by two tag managers: the first copy does the work.
  if (window.SccEvents) return;

  // currentScript is null only in odd loaders (modules, some tag managers): then find the tag by its address.
  var script = document.currentScript || document.querySelector("script[src*='/embed/v1/events.js']");
  var base = new URL(".", script && script.src ? script.src : location.href);
  var feedUrl = new URL("../../api/v1/feeds/events", base);
  var TAG = "scc-events";
  var FILTERS = { lang: "lang", limit: "limit", type: "type", tag: "tag", organisation: "organisationId",
    role: "role", series: "seriesId", programme: "programmeId", when: "when" };
  var WATCHED = [];
  ["title", "heading-level", "theme", "events-page", "preview"].concat(Object.keys(FILTERS)).forEach(function (name) {
    WATCHED.push(name, "data-" + name);
  });
  var MESSAGE = "scc-events:height";

  var TEXT = {
    en: {
      heading: "Smart City Consortium events", loading: "Loading events\u2026", none: "No upcoming events.",
      noneAll: "No events to show.", failed: "Events could not be loaded.", register: "Register",
      calendar: "Add to calendar (.ics)", google: "Google Calendar", outlook: "Outlook.com", website: "Event website",
      more: "More events", subscribe: "Subscribe in your calendar",
      online: "Online", tba: "Date to be announced", newWindow: " (opens in a new tab)",
      status: { postponed: "Postponed", cancelled: "Cancelled" },
      availability: { open: "Registration open", notYetOpen: "Registration opens soon", closed: "Registration closed",
        external: "Registration on the organiser's site", waitlist: "Full \u2013 waiting list open", full: "Full" },
      closes: "closes", opens: "opens", locale: "en-GB"
    },
    "zh-Hant": {
      heading: "\u667a\u6167\u57ce\u5e02\u806f\u76df\u6d3b\u52d5", loading: "\u6b63\u5728\u8f09\u5165\u6d3b\u52d5\u2026",
      none: "\u66ab\u7121\u5373\u5c07\u8209\u884c\u7684\u6d3b\u52d5\u3002", noneAll: "\u66ab\u7121\u6d3b\u52d5\u3002",
      failed: "\u7121\u6cd5\u8f09\u5165\u6d3b\u52d5\u3002", register: "\u5831\u540d",
      calendar: "\u52a0\u5165\u65e5\u66c6 (.ics)", google: "Google \u65e5\u66c6", outlook: "Outlook.com",
      website: "\u6d3b\u52d5\u7db2\u9801", more: "\u66f4\u591a\u6d3b\u52d5", subscribe: "\u5728\u65e5\u66c6\u4e2d\u8a02\u95b1",
      online: "\u7dda\u4e0a", tba: "\u65e5\u671f\u5f85\u5b9a", newWindow: "\uff08\u5728\u65b0\u5206\u9801\u958b\u555f\uff09",
      status: { postponed: "\u5ef6\u671f", cancelled: "\u53d6\u6d88" },
      availability: { open: "\u63a5\u53d7\u5831\u540d", notYetOpen: "\u5373\u5c07\u958b\u653e\u5831\u540d",
        closed: "\u5831\u540d\u5df2\u622a\u6b62", external: "\u8acb\u5230\u4e3b\u8fa6\u6a5f\u69cb\u7db2\u7ad9\u5831\u540d",
        waitlist: "\u984d\u6eff\uff0c\u53ef\u8f2a\u5019", full: "\u984d\u6eff" },
      closes: "\u622a\u6b62", opens: "\u958b\u59cb", locale: "zh-Hant-HK"
    }
  };

  // .scc starts from initial values, so that nothing the page sets on the host is inherited; only the --scc-*
  // properties (which `all` leaves alone) and color-scheme (for theme auto) come through. light-dark() picks by
  // the used color-scheme: the page's for auto, fixed for light and dark.
  var CSS =
    ":host{display:block}:host([hidden]){display:none}*{box-sizing:border-box}" +
    ".scc{all:initial;display:block;position:relative;color-scheme:inherit;" +
    "--a:var(--scc-accent,light-dark(#0b5f8a,#7cc4ef));--t:var(--scc-text,light-dark(#1d2630,#e6edf3));" +
    "--b:var(--scc-background,light-dark(#fff,#161b22));--g:var(--scc-gap,.75em);--r:var(--scc-radius,6px);" +
    "--m:color-mix(in srgb,var(--t) 78%,var(--b));--l:color-mix(in srgb,var(--t) 22%,var(--b));" +
    "font:15px/1.45 var(--scc-font-family,system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif);" +
    "color:var(--t);background:var(--b);border-radius:var(--r);padding:var(--g)}" +
    ".scc.light{color-scheme:light}.scc.dark{color-scheme:dark}" +
    ".heading{font-size:1.15em;font-weight:700;margin:0 0 .6em}" +
    ".list{list-style:none;margin:0;padding:0;display:grid;gap:var(--g);grid-template-columns:repeat(auto-fill,minmax(min(100%,17em),1fr))}" +
    ".item{margin:0;padding:.85em 1em;border:1px solid var(--l);border-left:4px solid var(--a);border-radius:var(--r);display:flex;flex-direction:column;gap:.3em;min-width:0}" +
    ".title{font-size:1.02em;font-weight:650;margin:0;overflow-wrap:anywhere}" +
    ".meta{margin:0;color:var(--m);font-size:.93em;overflow-wrap:anywhere}" +
    ".badge{display:inline-block;font-size:.8em;font-weight:600;padding:.1em .5em;border-radius:999px;margin-right:.4em;background:light-dark(#fdecea,#4a1712);color:light-dark(#8a1c12,#ffd2cc)}" +
    ".links,.footer{display:flex;flex-wrap:wrap;gap:.4em .9em;margin:.25em 0 0}.footer{margin-top:var(--g)}" +
    "a{color:var(--a);text-decoration:underline;text-underline-offset:2px;font-weight:600}a:hover{text-decoration-thickness:2px}" +
    "a:focus-visible{outline:3px solid var(--a);outline-offset:2px;border-radius:2px}" +
    ".disclaimer{margin:.3em 0 0;font-size:.87em;font-style:italic;color:var(--m);overflow-wrap:anywhere}" +
    ".status{margin:0}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}";

  // Each named piece gets its name as class and as part, so that a partner can style it with ::part(name).
  function el(tag, name, text) {
    var node = document.createElement(tag);
    if (name) {
      node.className = name;
      node.setAttribute("part", name);
    }
    if (text != null) node.textContent = String(text);
    return node;
  }

  // Only web links: a javascript: or data: URL from the feed or an attribute never becomes a link.
  function safeUrl(value, against) {
    if (!value) return null;
    try {
      var url = new URL(value, against || base);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, label, t, target, name) {
    var a = el("a", name || "link", label);
    a.href = href;
    if (target) a.target = target;
    if (target === "_blank") {
      a.rel = "noopener noreferrer";
      var note = document.createElement("span");
      note.className = "sr";
      note.textContent = t.newWindow;
      a.appendChild(note);
    }
    return a;
  }

  function withQuery(address, params) {
    var url = new URL(address);
    for (var k in params) if (params[k]) url.searchParams.set(k, params[k]);
    return url.href;
  }

  function format(t, zone, value, options) {
    var o = { timeZone: zone };
    for (var k in options) o[k] = options[k];
    try {
      return new Intl.DateTimeFormat(t.locale, o).format(value);
    } catch (e) {
      o.timeZone = "UTC";
      return new Intl.DateTimeFormat(t.locale, o).format(value);
    }
  }

  var DAY = { weekday: "short", day: "numeric", month: "short", year: "numeric" };
  var TIME = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  var TIME_ZONE = { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" };

  // Dates without a time are calendar days: read and shown in UTC so that no zone moves them.
  function day(t, text) {
    return format(t, "UTC", new Date(text + "T00:00:00Z"), DAY);
  }

  function when(t, item) {
    var s = item.schedule || {};
    var zone = item.timeZone || "UTC";
    var node = el("p", "meta when");
    if (s.kind === "timed" && s.startsAt) {
      var start = new Date(s.startsAt);
      var end = s.endsAt ? new Date(s.endsAt) : null;
      var time = el("time", null, format(t, zone, start, DAY) + ", " + format(t, zone, start, end ? TIME : TIME_ZONE));
      time.dateTime = s.startsAt;
      node.appendChild(time);
      if (end) {
        var sameDay = format(t, zone, start, DAY) === format(t, zone, end, DAY);
        var until = el("time", null, (sameDay ? "" : format(t, zone, end, DAY) + ", ") + format(t, zone, end, TIME_ZONE));
        until.dateTime = s.endsAt;
        node.appendChild(document.createTextNode(" \u2013 "));
        node.appendChild(until);
      }
    } else if (s.kind === "allDay" && s.startDate) {
      var first = el("time", null, day(t, s.startDate));
      first.dateTime = s.startDate;
      node.appendChild(first);
      if (s.endDate && s.endDate !== s.startDate) {
        var last = el("time", null, day(t, s.endDate));
        last.dateTime = s.endDate;
        node.appendChild(document.createTextNode(" \u2013 "));
        node.appendChild(last);
      }
    } else if (s.kind === "tentative") {
      node.textContent = s.note || (s.startDate ? format(t, "UTC", new Date(s.startDate + "T00:00:00Z"), { month: "long", year: "numeric" }) : t.tba);
    } else {
      node.textContent = s.note || t.tba;
    }
    return node;
  }

  function place(item, withAddress) {
    var v = item.venue || {};
    return [v.name, withAddress && v.address, v.city].filter(Boolean).join(", ");
  }

  function availability(t, item) {
    var r = item.registration || {};
    var label = t.availability[r.availability];
    if (!label) return null;
    var node = el("p", "meta availability", label);
    var date = r.availability === "notYetOpen" ? r.opensAt : (r.availability === "open" || r.availability === "waitlist" || r.availability === "external") ? r.closesAt : null;
    if (date) node.textContent += " \u00b7 " + (date === r.opensAt ? t.opens : t.closes) + " " + format(t, item.timeZone || "UTC", new Date(date), DAY);
    return node;
  }

  function disclaimers(item) {
    return (item.fundingProgrammes || []).map(function (f) { return f.disclaimer; });
  }

  // Google Calendar and Outlook.com take the event in their links: UTC times, or whole days with an exclusive end.
  function calendarLinks(t, item) {
    var s = item.schedule || {};
    var google, outlook;
    if (s.kind === "timed" && s.startsAt) {
      var start = new Date(s.startsAt).toISOString();
      var end = new Date(s.endsAt || s.startsAt).toISOString();
      google = { dates: start.replace(/[-:]|\.\d+/g, "") + "/" + end.replace(/[-:]|\.\d+/g, ""), ctz: item.timeZone };
      outlook = { startdt: start, enddt: end };
    } else if (s.kind === "allDay" && s.startDate) {
      var after = new Date((s.endDate || s.startDate) + "T00:00:00Z");
      after.setUTCDate(after.getUTCDate() + 1);
      after = after.toISOString().slice(0, 10);
      google = { dates: s.startDate.replace(/-/g, "") + "/" + after.replace(/-/g, "") };
      outlook = { startdt: s.startDate, enddt: after, allday: "true" };
    } else {
      return [];
    }
    // The funding disclaimers travel with the event into the reader's calendar too.
    var details = [safeUrl(item.websiteUrl)].concat(disclaimers(item)).filter(Boolean).join("\n\n");
    google.action = "TEMPLATE";
    google.text = item.title;
    google.details = details;
    google.location = place(item, true);
    outlook.rru = "addevent";
    outlook.subject = item.title;
    outlook.body = details;
    outlook.location = google.location;
    return [
      link(withQuery("https://calendar.google.com/calendar/render", google), t.google, t, "_blank"),
      link(withQuery("https://outlook.live.com/calendar/0/action/compose", outlook), t.outlook, t, "_blank")
    ];
  }

  function render(t, lang, item, headingLevel) {
    var other = lang === "en" ? "zh-Hant" : "en";
    // Texts served in the other language (the feed's fallback) say so, for screen readers' pronunciation.
    function mark(node, field) {
      if ((item.fallback || []).indexOf(field) >= 0) node.lang = other;
      return node;
    }
    var li = el("li", "item");
    var title = mark(el("h" + headingLevel, "title", item.title), "title");
    li.appendChild(title);
    var status = t.status[item.status];
    if (status) title.insertBefore(el("span", "badge", status), title.firstChild);
    li.appendChild(when(t, item));
    var where = place(item, false) || (item.format === "online" ? t.online : "");
    if (where) li.appendChild(el("p", "meta venue", where));
    var open = availability(t, item);
    if (open) li.appendChild(open);

    var links = el("p", "meta links");
    var register = safeUrl(item.registration && item.registration.url);
    if (register && item.status !== "cancelled" && item.registration.availability !== "closed") {
      links.appendChild(link(register, t.register, t, "_blank"));
    }
    var website = safeUrl(item.websiteUrl);
    if (website) links.appendChild(link(website, t.website, t, "_blank"));
    if (links.firstChild) li.appendChild(links);
    var calendars = el("p", "meta links calendar");
    var calendar = safeUrl(item.calendarUrl);
    if (calendar) calendars.appendChild(link(calendar, t.calendar, t));
    calendarLinks(t, item).forEach(function (a) { calendars.appendChild(a); });
    if (calendars.firstChild) li.appendChild(calendars);
    // Each link names its event for screen readers that list links out of context.
    var anchors = li.querySelectorAll("a");
    for (var i = 0; i < anchors.length; i++) anchors[i].setAttribute("aria-label", anchors[i].textContent + ": " + item.title);

    disclaimers(item).forEach(function (text, i) {
      if (text) li.appendChild(mark(el("p", "disclaimer", text), "fundingProgrammes[" + i + "].disclaimer"));
    });
    return li;
  }

  // The attribute as written on a div (data-name) or, on <scc-events>, also without the prefix.
  function attr(host, name) {
    var value = host.getAttribute("data-" + name);
    if (value === null && host.localName === TAG) value = host.getAttribute(name);
    return value;
  }

  // webcal:// makes the reader's calendar app subscribe to the iCalendar feed of the same events; no limit, so that
  // the calendar gets them all.
  function subscribeUrl(feed) {
    var ics = new URL(feed.href);
    ics.pathname += ".ics";
    ics.searchParams.delete("limit");
    return "webcal:" + ics.href.slice(ics.protocol.length);
  }

  var widgets = new WeakMap();

  function mount(host) {
    if (widgets.has(host)) return;
    var root = host.attachShadow({ mode: "open" });
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", null, CSS));
    }
    var widget = { root: root, section: null, run: 0, abort: null };
    widgets.set(host, widget);
    // MutationObserver hands over the changes of one task together: three attributes set at once are one render.
    new MutationObserver(function () { update(host, widget); }).observe(host, { attributes: true, attributeFilter: WATCHED });
    if (attr(host, "frame") !== null && !resizing && typeof ResizeObserver === "function") {
      resizing = true;
      new ResizeObserver(postHeight).observe(document.documentElement);
    }
    update(host, widget);
  }

  function update(host, widget) {
    var run = ++widget.run;
    if (widget.abort) widget.abort.abort();
    var abort = widget.abort = new AbortController();

    // Any Chinese gets Traditional Chinese, the only Chinese the content has; without lang, the page's language.
    var near = host.closest("[lang]");
    var asked = (attr(host, "lang") || (near && near.getAttribute("lang")) || "en").toLowerCase();
    var lang = asked.indexOf("zh") === 0 ? "zh-Hant" : "en";
    var t = TEXT[lang];
    var theme = attr(host, "theme");
    var headingLevel = Math.min(6, Math.max(2, parseInt(attr(host, "heading-level") || "3", 10) || 3));
    var heading = attr(host, "title");
    var framed = attr(host, "frame") !== null;

    var section = document.createElement("section");
    section.className = "scc " + (theme === "light" || theme === "dark" ? theme : "auto");
    section.setAttribute("part", "container");
    section.setAttribute("lang", lang);
    // A region of its own only with the partner's title: several widgets or frames on a page would otherwise be
    // regions of the same name, which screen readers cannot tell apart.
    if (heading) {
      section.setAttribute("aria-label", heading);
      section.appendChild(el("h" + (headingLevel - 1), "heading", heading));
    }
    var state = el("p", "status", t.loading);
    state.setAttribute("role", "status");
    section.appendChild(state);
    section.setAttribute("aria-busy", "true");
    if (widget.section) widget.root.replaceChild(section, widget.section);
    else widget.root.appendChild(section);
    widget.section = section;

    var preview = attr(host, "preview");
    var url = preview ? new URL("previews/" + encodeURIComponent(preview) + "/feed", base) : new URL(feedUrl.href);
    for (var name in FILTERS) {
      var value = attr(host, name);
      if (value && !preview) url.searchParams.set(FILTERS[name], name === "lang" ? lang : value);
    }
    if (!url.searchParams.has("lang")) url.searchParams.set("lang", lang);

    var footer = el("p", "footer");
    var eventsPage = safeUrl(attr(host, "events-page"), document.baseURI);
    // In the iframe page, the partner's events page replaces the partner's page, not the frame.
    if (eventsPage) footer.appendChild(link(eventsPage, t.more, t, framed ? "_top" : null, "link more"));
    // A draft has no calendar to subscribe to yet.
    if (!preview) footer.appendChild(link(subscribeUrl(url), t.subscribe, t, null, "link subscribe"));

    fetch(url.href, { credentials: "omit", headers: { Accept: "application/json" }, signal: abort.signal })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (feed) {
        if (run !== widget.run) return;
        var items = (feed && feed.items) || [];
        section.removeAttribute("aria-busy");
        if (items.length) {
          var list = el("ul", "list");
          for (var i = 0; i < items.length; i++) list.appendChild(render(t, lang, items[i], headingLevel));
          section.replaceChild(list, state);
        } else {
          var upcoming = !url.searchParams.get("when") || url.searchParams.get("when") === "upcoming";
          state.textContent = upcoming ? t.none : t.noneAll;
        }
        section.appendChild(footer);
        if (framed) postHeight();
      })
      .catch(function () {
        if (run !== widget.run) return;
        section.removeAttribute("aria-busy");
        state.textContent = t.failed;
        if (framed) postHeight();
      });
  }

  // The iframe page tells its parent how tall it is, so that the frame can fit it (see the snippet in
  // docs/partner-sites.md, which checks the sender). The height is no secret, and a frame cannot know its parent's
  // origin for sure. Posted after each render too, as the browser holds back a frame's resize observations while the
  // frame is out of sight.
  var resizing = false;
  var lastHeight = -1;
  function postHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight || window.parent === window) return;
    lastHeight = height;
    window.parent.postMessage({ type: MESSAGE, height: height }, "*");
  }

  function mountWithin(node) {
    if (node.nodeType !== 1) return;
    if (node.hasAttribute("data-scc-events")) mount(node);
    var hosts = node.querySelectorAll("[data-scc-events]");
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }

  window.SccEvents = Object.freeze({ mount: mount });

  if (window.customElements && !customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      connectedCallback() {
        mount(this);
      }
    });
  }

  // Elements that a single-page app adds (or marks) after load, and those the parser has yet to reach.
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      if (records[i].type === "attributes") mountWithin(records[i].target);
      for (var j = 0; j < records[i].addedNodes.length; j++) mountWithin(records[i].addedNodes[j]);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-scc-events"] });
  mountWithin(document.documentElement);
})();
