/*
 * Smart City Consortium events widget.
 *   <div data-scc-events data-lang="zh-Hant" data-limit="5" data-type="seminar"></div>
 *   <script src="https://<api>/embed/v1/events.js" async></script>
 * Optional filters: data-tag, data-organisation, data-role, data-series, data-programme, data-when.
 * No framework, no request to anyone but the server this script came from; styles live in a Shadow DOM;
 * every text from the feed is set with textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  // currentScript is null only in odd loaders (modules, some tag managers): then find the tag by its address.
  var script = document.currentScript || document.querySelector("script[src*='/embed/v1/events.js']");
  var base = new URL(".", script && script.src ? script.src : location.href);
  var feedUrl = new URL("../../api/v1/feeds/events", base);
  var FILTERS = { lang: "lang", limit: "limit", type: "type", tag: "tag", organisation: "organisationId",
    role: "role", series: "seriesId", programme: "programmeId", when: "when" };

  var TEXT = {
    en: {
      heading: "Smart City Consortium events", loading: "Loading events\u2026", none: "No upcoming events.",
      failed: "Events could not be loaded.", register: "Register", calendar: "Add to calendar", website: "Event website",
      online: "Online", tba: "Date to be announced", newWindow: " (opens in a new tab)",
      status: { postponed: "Postponed", cancelled: "Cancelled" },
      availability: { open: "Registration open", notYetOpen: "Registration opens soon", closed: "Registration closed",
        external: "Registration on the organiser's site", waitlist: "Full \u2013 waiting list open", full: "Full" },
      closes: "closes", opens: "opens", locale: "en-GB"
    },
    "zh-Hant": {
      heading: "\u667a\u6167\u57ce\u5e02\u806f\u76df\u6d3b\u52d5", loading: "\u6b63\u5728\u8f09\u5165\u6d3b\u52d5\u2026",
      none: "\u66ab\u7121\u5373\u5c07\u8209\u884c\u7684\u6d3b\u52d5\u3002", failed: "\u7121\u6cd5\u8f09\u5165\u6d3b\u52d5\u3002",
      register: "\u5831\u540d", calendar: "\u52a0\u5165\u65e5\u66c6", website: "\u6d3b\u52d5\u7db2\u9801",
      online: "\u7dda\u4e0a", tba: "\u65e5\u671f\u5f85\u5b9a", newWindow: "\uff08\u5728\u65b0\u5206\u9801\u958b\u555f\uff09",
      status: { postponed: "\u5ef6\u671f", cancelled: "\u53d6\u6d88" },
      availability: { open: "\u63a5\u53d7\u5831\u540d", notYetOpen: "\u5373\u5c07\u958b\u653e\u5831\u540d",
        closed: "\u5831\u540d\u5df2\u622a\u6b62", external: "\u8acb\u5230\u4e3b\u8fa6\u6a5f\u69cb\u7db2\u7ad9\u5831\u540d",
        waitlist: "\u984d\u6eff\uff0c\u53ef\u8f2a\u5019", full: "\u984d\u6eff" },
      closes: "\u622a\u6b62", opens: "\u958b\u59cb", locale: "zh-Hant-HK"
    }
  };

  var CSS =
    ":host{all:initial;display:block;contain:content;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans TC','PingFang TC','Microsoft JhengHei',sans-serif;color:#1d2630;background:transparent}" +
    "*{box-sizing:border-box}" +
    ".scc{margin:0;padding:0}" +
    ".heading{font-size:1.15em;font-weight:700;margin:0 0 .6em;color:#0b3d5c}" +
    ".list{list-style:none;margin:0;padding:0;display:grid;gap:.75em;grid-template-columns:repeat(auto-fill,minmax(min(100%,17em),1fr))}" +
    ".item{margin:0;padding:.85em 1em;border:1px solid #d5dde5;border-left:4px solid #0b6e99;border-radius:6px;background:#fff;display:flex;flex-direction:column;gap:.3em;min-width:0}" +
    ".title{font-size:1.02em;font-weight:650;margin:0;color:#0b3d5c;overflow-wrap:anywhere}" +
    ".meta{margin:0;color:#3d4a57;font-size:.93em;overflow-wrap:anywhere}" +
    ".badge{display:inline-block;font-size:.8em;font-weight:600;padding:.1em .5em;border-radius:999px;background:#e8f1f7;color:#0b3d5c;margin-right:.4em}" +
    ".badge.warn{background:#fdecea;color:#8a1c12}" +
    ".links{display:flex;flex-wrap:wrap;gap:.4em .9em;margin-top:.25em}" +
    "a{color:#0b5f8a;text-decoration:underline;text-underline-offset:2px;font-weight:600}" +
    "a:hover{color:#063a55}" +
    "a:focus-visible{outline:3px solid #f2a900;outline-offset:2px;border-radius:2px}" +
    ".status{margin:0;color:#3d4a57}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}" +
    "@media (prefers-color-scheme:dark){:host{color:#e6edf3}.item{background:#161b22;border-color:#30363d;border-left-color:#4fa3d1}" +
    ".title,.heading{color:#cde6f7}.meta,.status{color:#b5c0cb}a{color:#7cc4ef}a:hover{color:#b3ddf6}.badge{background:#1f3346;color:#cde6f7}}";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  // Only web links: a javascript: or data: URL from the feed never becomes a link.
  function safeUrl(value) {
    if (!value) return null;
    try {
      var url = new URL(value, base);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, label, t, external) {
    var a = el("a", null, label);
    a.href = href;
    if (external) {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.appendChild(el("span", "sr", t.newWindow));
    }
    return a;
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

  function venue(t, item) {
    var v = item.venue;
    var parts = [];
    if (v) {
      if (v.name) parts.push(v.name);
      if (v.city) parts.push(v.city);
    }
    if (!parts.length && item.format === "online") parts.push(t.online);
    return parts.length ? el("p", "meta venue", parts.join(", ")) : null;
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

  function render(t, item, headingLevel) {
    var li = el("li", "item");
    var title = el("h" + headingLevel, "title", item.title);
    li.appendChild(title);
    var status = t.status[item.status];
    if (status) {
      var badge = el("span", "badge warn", status);
      title.insertBefore(badge, title.firstChild);
    }
    li.appendChild(when(t, item));
    var place = venue(t, item);
    if (place) li.appendChild(place);
    var open = availability(t, item);
    if (open) li.appendChild(open);

    var links = el("p", "meta links");
    var register = safeUrl(item.registration && item.registration.url);
    if (register && item.status !== "cancelled" && item.registration.availability !== "closed") {
      links.appendChild(link(register, t.register, t, true));
    }
    var website = safeUrl(item.websiteUrl);
    if (website) links.appendChild(link(website, t.website, t, true));
    var calendar = safeUrl(item.calendarUrl);
    if (calendar) links.appendChild(link(calendar, t.calendar, t, false));
    if (links.firstChild) li.appendChild(links);
    // Each link names its event for screen readers that list links out of context.
    var anchors = links.querySelectorAll("a");
    for (var i = 0; i < anchors.length; i++) anchors[i].setAttribute("aria-label", anchors[i].textContent + ": " + item.title);
    return li;
  }

  function mount(host) {
    if (host.shadowRoot || host.getAttribute("data-scc-mounted")) return;
    host.setAttribute("data-scc-mounted", "");
    // Any Chinese gets Traditional Chinese, the only Chinese the content has; without data-lang, the page's language.
    var asked = (host.getAttribute("data-lang") || document.documentElement.lang || "en").toLowerCase();
    var lang = asked.indexOf("zh") === 0 ? "zh-Hant" : "en";
    var t = TEXT[lang];
    var root = host.attachShadow({ mode: "open" });
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", null, CSS));
    }

    var headingLevel = Math.min(6, Math.max(2, parseInt(host.getAttribute("data-heading-level") || "3", 10) || 3));
    var section = el("section", "scc");
    section.setAttribute("lang", lang);
    section.setAttribute("aria-label", host.getAttribute("data-title") || t.heading);
    if (host.getAttribute("data-title")) section.appendChild(el("h" + (headingLevel - 1 || 2), "heading", host.getAttribute("data-title")));
    var state = el("p", "status", t.loading);
    state.setAttribute("role", "status");
    section.appendChild(state);
    section.setAttribute("aria-busy", "true");
    root.appendChild(section);

    var url = new URL(feedUrl.href);
    for (var name in FILTERS) {
      var value = host.getAttribute("data-" + name);
      if (value) url.searchParams.set(FILTERS[name], name === "lang" ? lang : value);
    }
    if (!url.searchParams.has("lang")) url.searchParams.set("lang", lang);

    fetch(url.href, { credentials: "omit", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (feed) {
        var items = (feed && feed.items) || [];
        section.removeAttribute("aria-busy");
        if (!items.length) {
          state.textContent = t.none;
          return;
        }
        var list = el("ul", "list");
        for (var i = 0; i < items.length; i++) list.appendChild(render(t, items[i], headingLevel));
        section.replaceChild(list, state);
      })
      .catch(function () {
        section.removeAttribute("aria-busy");
        state.textContent = t.failed;
      });
  }

  function mountAll() {
    var hosts = document.querySelectorAll("[data-scc-events]");
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
