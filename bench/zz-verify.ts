import { chromium } from "playwright-core";
const base = process.argv[2]!;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
for (const [w, h, name] of [[1280, 900, "desktop"], [390, 844, "mobile"]] as const) {
  for (const locale of ["en", "ru"]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${base}/${locale}/cases/azamat-ishenbekov`, { waitUntil: "networkidle" });
    await page.screenshot({ path: `/tmp/ss-shots/case-${locale}-${name}.png`, fullPage: false });
    console.log(name, locale, "title:", await page.title(), "errors:", errors);
  }
}
const page = await browser.newPage();
await page.goto(`${base}/en/cases/azamat-ishenbekov`, { waitUntil: "networkidle" });
const box = page.getByRole("combobox");
await box.fill("Zhylan");
await page.getByRole("option").first().waitFor({ timeout: 10000 });
console.log("suggestions:", await page.getByRole("option").allTextContents());
await box.press("ArrowDown");
await box.press("Enter");
await page.waitForURL(/\/en\/cases\/marat/, { timeout: 10000 });
console.log("after Enter:", page.url());
await page.getByRole("link", { name: "Русский" }).click();
await page.waitForURL(/\/ru\/cases\/marat/);
console.log("after language switch:", page.url(), await page.locator("html").getAttribute("lang"));
const ru = page.getByRole("combobox");
await ru.fill("Жыланбаев");
await page.getByRole("option").first().waitFor({ timeout: 10000 });
console.log("ru suggestions:", await page.getByRole("option").allTextContents(), "placeholder:", await ru.getAttribute("placeholder"));
await ru.fill("Ishenbekov");
await ru.press("Escape");
await ru.press("Enter");
await page.waitForURL(/\/ru\/search\?q=/);
console.log("search page:", page.url());
await page.goto(`${base}/en/cases?country=KG`);
await page.getByRole("link", { name: "Русский" }).click();
await page.waitForURL(/\/ru\/cases\?country=KG/);
console.log("switch keeps query:", page.url());
await browser.close();
