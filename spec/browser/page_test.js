// The reference page in a real browser: Debian's chromium, headless, driven by
// playwright-core (which never downloads a browser of its own).
//   node spec/browser/page_test.js PAGE.html SCREENSHOT.png WORDS.json
// WORDS.json (spec/browser/search_words.lua): words and the codes the
// command's search finds for each, which the page must show too.
// Prints "ok - ..." or "not ok - ..." per check, then "N passed, N failed";
// exits 1 when a check failed.
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const [pagePath, shotPath, wordsPath] = process.argv.slice(2);
const url = "file://" + path.resolve(pagePath);
// a copy of the page with a script injected into its markup, beside it
const injectedPath = path.join(path.dirname(path.resolve(pagePath)), "injected.html");
const injectedUrl = "file://" + injectedPath;
let passed = 0;
let failed = 0;

function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log("ok - " + name);
  } else {
    failed++;
    console.log("not ok - " + name + (detail === undefined ? "" : ": " + detail));
  }
}

// ids of the entries (registry and vendor) that are not hidden
function visibleIds(page) {
  return page.$$eval("article[data-k]", (els) =>
    els.filter((el) => el.offsetParent !== null).map((el) => el.id));
}

async function search(page, text) {
  await page.fill("#q", text);
  return visibleIds(page);
}

function inView(page, id) {
  return page.evaluate((i) => {
    const r = document.getElementById(i).getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && window.scrollY > 0;
  }, id);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const errors = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(5000); // a broken page fails in seconds, not minutes
  // the page may load nothing from anywhere: any request but the file itself is a failure
  const requests = [];
  context.on("request", (req) => {
    const u = req.url();
    if (u !== url && !u.startsWith(url + "#") && u !== injectedUrl) requests.push(u);
  });
  async function open(hash) {
    const page = await context.newPage();
    page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
    page.on("pageerror", (err) => errors.push(String(err)));
    await page.goto(url + (hash || ""), { waitUntil: "load" });
    return page;
  }

  const page = await open();
  // the policy runs the page's own script, by hash, and no other inline script
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  const scriptSrc = (/(?:^|;)\s*script-src ([^;]*)/.exec(csp) || [])[1] || "";
  check("the CSP allows no inline script by 'unsafe-inline'", !/unsafe/.test(csp), csp);
  check("the CSP names one script by its sha256", /^'sha256-[A-Za-z0-9+/]{43}='$/.test(scriptSrc.trim()),
    scriptSrc);
  check("the page's own script ran under that policy", await page.evaluate(() =>
    !document.getElementById("tools").hidden && /of 64 registered codes/.test(
      document.getElementById("count").textContent)));
  check("all 64 registered codes render", (await page.locator("article.code").count()) === 64);
  check("all of them are shown before any search", (await visibleIds(page)).length ===
    (await page.locator("article[data-k]").count()));
  check("the controls are there once the script ran", await page.isVisible("#q"));

  let ids = await search(page, "teapot");
  check("typing teapot leaves only 418", ids.join() === "418", ids.join());
  check("the status line says so", /1 of 64 registered codes/.test(await page.textContent("#count")));
  ids = await search(page, "payload too large");
  check("payload too large finds 413", ids.join() === "413", ids.join());
  ids = await search(page, "  PAYLOAD--too_Large ");
  check("the search folds case and - _ space as hs.code does", ids.join() === "413", ids.join());
  ids = await search(page, "i'm a TEAPOT");
  check("the search drops ' as hs.code does", ids.join() === "418", ids.join());
  ids = await search(page, "NOT_FOUND");
  check("constants are found", ids.join() === "404", ids.join());
  ids = await search(page, "찾을 수 없음");
  check("Korean phrases are found as typed", ids.join() === "404", ids.join());
  ids = await search(page, "client closed request");
  check("vendor codes are found", ids.includes("vendor-499") && !ids.includes("499"), ids.join());
  ids = await search(page, "no such status code anywhere");
  check("no match says so", ids.length === 0 && (await page.isVisible("#none")));
  // the page and the command find the same codes for the same word: the
  // page's key() of what is typed against the keys the C core made
  const cases = JSON.parse(fs.readFileSync(wordsPath, "utf8"));
  const all = (await search(page, "")).length;
  const differ = [];
  // each word as fill() enters it (the value, then an input event), inside the
  // page: one round trip for all the words rather than two a word
  const found = await page.evaluate((words) => {
    const q = document.getElementById("q");
    return words.map((w) => {
      q.value = w;
      q.dispatchEvent(new Event("input", { bubbles: true }));
      return [...document.querySelectorAll("article[data-k]")]
        .filter((el) => el.offsetParent !== null).map((el) => el.id);
    });
  }, cases.map((c) => c.word));
  for (const [i, c] of cases.entries()) {
    ids = found[i];
    const codes = [...new Set(ids.map((id) => Number(id.replace("vendor-", ""))))].sort();
    const want = c.codes.slice().sort();
    if (c.all ? ids.length !== all : codes.join() !== want.join()) {
      differ.push(JSON.stringify(c.word) + ": page " + codes.join() + ", command " +
        (c.all ? "(all)" : want.join()));
    }
  }
  check("the page finds what the command's search finds, for " + cases.length + " words",
    cases.length > 200 && differ.length === 0, differ.slice(0, 5).join("; "));
  ids = await search(page, "");
  check("an empty search shows everything again", ids.length ===
    (await page.locator("article[data-k]").count()));

  await page.selectOption("#cls", "5");
  ids = await visibleIds(page);
  check("the class filter keeps only 5xx", ids.length > 0 && ids.every((i) => /^(vendor-)?5/.test(i)),
    ids.join());
  check("sections of other classes are hidden", !(await page.isVisible("#class-2xx")));
  await page.selectOption("#cls", "");

  await page.evaluate(() => document.getElementById("300").scrollIntoView());
  const before = await page.evaluate(() => document.getElementById("300").getBoundingClientRect().top);
  await page.click('button[data-lang="ko"]');
  const heading = await page.innerText("#c404");
  check("the Korean switch shows 찾을 수 없음 for 404", heading.includes("찾을 수 없음") &&
    !heading.includes("Not Found"), heading);
  check("the switch sets <html lang>", (await page.getAttribute("html", "lang")) === "ko");
  check("the English phrase is still there, second", (await page.innerText('[id="404"] .alt')) === "Not Found");
  const after = await page.evaluate(() => document.getElementById("300").getBoundingClientRect().top);
  check("the switch keeps the reader's place", Math.abs(after - before) < 2, before + " -> " + after);
  check("the labels follow", (await page.getAttribute("#q", "placeholder")).includes("코드"));
  await page.click('button[data-lang="en"]');
  check("and back to English", (await page.innerText("#c404")).includes("Not Found"));

  const p451 = await open("#451");
  check("#451 opens with 451 in view", await inView(p451, "451"));
  await p451.evaluate(() => { location.hash = "#vendor-499"; });
  await p451.waitForTimeout(100);
  check("a later anchor scrolls too", await inView(p451, "vendor-499"));
  // a code's card links to the lint rules about it, and each rule back to its codes
  await p451.click('[id="405"] a[href="#rule-missing-allow"]');
  await p451.waitForTimeout(100);
  check("a card's lint rule link leads to the rule", await inView(p451, "rule-missing-allow"));
  check("the rule links back to the code", await p451.evaluate(() => {
    const dd = document.getElementById("rule-missing-allow").nextElementSibling;
    return !!(dd && dd.querySelector('a[href="#405"]'));
  }));

  await page.setViewportSize({ width: 375, height: 740 });
  check("a phone's width needs no sideways scrolling", await page.evaluate(() =>
    document.documentElement.scrollWidth <= window.innerWidth));
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check("dark and light schemes differ", dark !== light, dark + " / " + light);
  await page.emulateMedia({ media: "print" });
  check("print hides the controls", !(await page.isVisible("#tools")));
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // the layout at a phone's width and a desktop's, light and dark (#23 3, #20 6)
  for (const width of [390, 1280]) {
    for (const scheme of ["light", "dark"]) {
      const at = " (" + width + " px, " + scheme + ")";
      const p = await context.newPage();
      p.on("pageerror", (err) => errors.push(String(err)));
      await p.setViewportSize({ width: width, height: 800 });
      await p.emulateMedia({ colorScheme: scheme });
      await p.goto(url, { waitUntil: "load" });
      const ov = await p.evaluate(() => {
        const links = [].slice.call(document.querySelectorAll("#overview a[href^='#']"));
        const codes = links.filter((a) => /^#\d{3}$/.test(a.getAttribute("href")));
        const r = document.getElementById("overview").getBoundingClientRect();
        return { n: codes.length, broken: codes.filter((a) => !document.getElementById(
          a.getAttribute("href").slice(1))).length, top: r.top + window.scrollY, h: r.height };
      });
      check("the overview links every code to its card" + at, ov.n >= 64 && ov.broken === 0,
        JSON.stringify(ov));
      check("the overview is at the top and compact" + at, ov.top < 400 && ov.h < (width < 600 ? 2600 : 1400),
        JSON.stringify(ov));
      check("the placeholder fits the search box" + at, await p.evaluate(() => {
        const q = document.getElementById("q"), cs = getComputedStyle(q);
        const ctx = document.createElement("canvas").getContext("2d");
        ctx.font = cs.fontSize + " " + cs.fontFamily;
        const room = q.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
        return ctx.measureText(q.placeholder).width <= room;
      }));
      const lefts = await p.$$eval("article.code .kv dd", (els) =>
        Array.from(new Set(els.slice(0, 40).map((e) => Math.round(e.getBoundingClientRect().left)))));
      check("the label column lines up across cards" + at, lefts.length === 1, lefts.join());
      const nested = await p.$$eval("article.code .kv li", (els) =>
        els.map((e) => e.textContent).filter((t) => /\([^)]*\(/.test(t)));
      check("no nested parentheses in alias lines" + at, nested.length === 0, nested.join(" | "));
      await p.fill("#q", "client closed request");
      check("a vendor-only match says no registered code matches" + at,
        (await p.isVisible("#noreg")) && !(await p.isVisible("#class-4xx")) &&
        (await p.isVisible("#vendor")));
      await p.fill("#q", "");
      check("and the note goes again" + at, !(await p.isVisible("#noreg")));
      // #451: in view, below a sticky toolbar, and with no previous card above it
      await p.evaluate(() => { location.hash = "#451"; });
      await p.waitForTimeout(100);
      const land = await p.evaluate(() => {
        const tools = document.getElementById("tools");
        const sticky = getComputedStyle(tools).position === "sticky";
        return { top: document.getElementById("451").getBoundingClientRect().top,
                 bar: sticky ? tools.getBoundingClientRect().bottom : 0, sticky: sticky };
      });
      check("#451 lands just below the toolbar, or at the top where it does not stick" + at,
        land.top >= land.bar - 1 && land.top <= land.bar + 24, JSON.stringify(land));
      if (width < 600) {
        check("on a phone the toolbar does not stick" + at, !land.sticky);
        check("and a link back to the search stays in view" + at, await p.evaluate(() => {
          const r = document.getElementById("totop").getBoundingClientRect();
          return r.height > 0 && r.bottom <= window.innerHeight && r.top >= 0;
        }));
        await p.click("#totop");
        check("which brings the search back" + at, await p.evaluate(() =>
          document.activeElement.id === "q" && document.getElementById("q").getBoundingClientRect().top >= 0));
      } else {
        check("on a wide screen the toolbar sticks" + at, land.sticky);
      }
      await p.click('button[data-lang="ko"]');
      check("the Korean page keeps words whole (keep-all)" + at, await p.evaluate(() =>
        getComputedStyle(document.querySelector('.d p[lang="ko"]')).wordBreak === "keep-all"));
      check("nothing scrolls sideways" + at, await p.evaluate(() =>
        document.documentElement.scrollWidth <= window.innerWidth));
      if (width === 390 && scheme === "light") await p.screenshot({ path: shotPath.replace(/\.png$/, "-390.png") });
      await p.close();
    }
  }

  // a script injected into the markup (as an unescaped text would be) does not run,
  // while the page's own still does
  fs.writeFileSync(injectedPath, fs.readFileSync(pagePath, "utf8").replace("<main id=\"main\">",
    "<main id=\"main\"><script>document.documentElement.setAttribute('data-injected','ran')</script>"));
  const blocked = [];
  const injected = await context.newPage();
  injected.on("console", (msg) => { if (msg.type() === "error") blocked.push(msg.text()); });
  await injected.goto(injectedUrl, { waitUntil: "load" });
  check("an injected inline script does not run", (await injected.getAttribute("html", "data-injected")) === null);
  check("the browser says it refused it", blocked.some((m) => /Content Security Policy/.test(m)), blocked.join(" | "));
  check("the page's own script still runs beside it", await injected.isVisible("#q"));
  await injected.close();
  fs.unlinkSync(injectedPath);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shotPath });
  check("a screenshot was saved", true);
  check("nothing was fetched from anywhere", requests.length === 0, requests.join(" "));
  check("no console errors", errors.length === 0, errors.join(" | "));
  await browser.close();
}

main().catch((err) => {
  check("the browser run", false, err && err.stack ? err.stack : String(err));
}).finally(() => {
  console.log(passed + " passed, " + failed + " failed");
  process.exit(failed === 0 ? 0 : 1);
});
