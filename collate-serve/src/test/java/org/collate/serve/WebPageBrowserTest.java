package org.collate.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real browser: Debian's Chromium, headless, driven through Selenium over the bundled samples
 * posted to the API, plus an article written to attack the page. Screenshots of each page, at 1280 px and at a
 * phone's 390 px, are saved in {@code target/screenshots} for a person to look at.
 *
 * <p>Skipped, saying so, where Chromium or its driver is not installed ({@code .ci/run} installs both).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static final String HOSTILE_TITLE = "<script>window.__pwned=1</script>Harbour fire <img src=x onerror=\"window.__pwned=2\">";
    static final String HOSTILE_TEXT = "A fire broke out in the harbour on Sunday, the fire brigade said. "
            + "<script>window.__pwned=3</script> <img src=x onerror=\"window.__pwned=4\"> "
            + "<a href=\"javascript:window.__pwned=5\">details</a> Nobody was hurt, the brigade said.";

    @TempDir
    static Path dir;

    static ServedStore served;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: Chromium and its driver are not installed (apt-get install chromium chromium-driver)");
        served = new ServedStore(dir.resolve("store"), 10 * 1024 * 1024);
        assertThat(served.post("/api/articles?reports=now", ServedStore.sampleLines(), "application/x-ndjson").statusCode())
                .isEqualTo(201);
        String hostile = ServedStore.json(served.post("/api/articles", org.collate.output.Json.MAPPER
                .createObjectNode().put("id", "hostile").put("title", HOSTILE_TITLE).put("text", HOSTILE_TEXT)
                .toString(), "application/json")).toString();
        assertThat(hostile).contains("hostile");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    private static void open(String path, By ready) {
        browser.get(served.base() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(ready));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The whole page, not the window only: the window is stretched to the page's height for the shot. */
    private static void screenshot(String name, int width) throws IOException {
        browser.manage().window().setSize(new Dimension(width, 900));
        // Drawn again at this width: the page lays some parts out by the width it finds (the copy graph).
        browser.navigate().refresh();
        settled();
        js("window.scrollTo(0, 0)");
        long height = ((Number) js("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 7000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + "-" + width + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.navigate().refresh();
        settled();
    }

    /** Waits until the page has drawn what the API answered, not its "Loading…" line. */
    private static void settled() {
        wait.until(d -> js("return document.querySelector('main h1') !== null && "
                + "(document.querySelector('main .status') === null || "
                + "!document.querySelector('main .status').textContent.startsWith('Loading'))"));
    }

    private static String summit() {
        return served.storyWith("000_4a005508946871ec");
    }

    @Test
    @Order(1)
    void theListShowsEachStoryWithItsSizeConflictsAndCoverage() throws IOException {
        open("/", By.cssSelector("ol.stories li.card"));
        List<WebElement> cards = browser.findElements(By.cssSelector("ol.stories li.card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(3);
        WebElement card = cards.stream().filter(c -> c.getText().contains("international order")).findFirst()
                .orElseThrow();
        assertThat(card.getText()).contains("2 articles", "2 conflicts");
        assertThat(card.findElements(By.cssSelector(".coverage .seg"))).isNotEmpty();
        screenshot("stories", 1280);
        screenshot("stories", 390);
    }

    @Test
    @Order(2)
    void theSummitStoryShowsTheModiTitleConflictHighlightedInTheText() throws IOException {
        open("/stories/" + summit(), By.cssSelector(".sources .source"));
        WebElement modi = browser.findElements(By.cssSelector("li.fact.conflicting")).stream()
                .filter(f -> f.getText().contains("Narendra Modi")).findFirst().orElseThrow();
        List<WebElement> readings = modi.findElements(By.cssSelector("button.reading"));
        assertThat(readings).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("Indian Prime Minister"))
                .anySatisfy(t -> assertThat(t).contains("Indian President"));
        // Each reading's words are marked in its article's text; clicking one goes to them.
        for (WebElement reading : readings) {
            String markId = reading.getAttribute("data-mark");
            WebElement mark = browser.findElement(By.id(markId));
            assertThat(mark.getAttribute("class")).contains("conflicting");
            assertThat(mark.findElement(By.xpath("ancestor::article")).getAttribute("class")).contains("source");
            reading.click();
            wait.until(d -> markId.equals(js("return document.activeElement.id")));
            assertThat(mark.getAttribute("class")).contains("flash");
        }
        // The border-clash conflict is marked in both articles' texts.
        Set<String> columns = new HashSet<>();
        for (WebElement mark : browser.findElements(By.cssSelector(".source .text mark.conflicting"))) {
            columns.add(mark.findElement(By.xpath("ancestor::article")).getAttribute("id"));
        }
        assertThat(columns).hasSize(2);
        // Colour is not the only sign of a conflict: a symbol and a word go with it.
        assertThat((String) js("return getComputedStyle(arguments[0], '::before').content",
                browser.findElement(By.cssSelector(".source .text mark.conflicting")))).contains("⚠");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Conflicts (2)");
        screenshot("story", 1280);
        screenshot("story", 390);
    }

    @Test
    @Order(3)
    void theBlinkenSpellingIsAVariantNotAConflict() {
        open("/stories/" + summit(), By.cssSelector(".sources .source"));
        WebElement blinken = browser.findElements(By.cssSelector("li.fact.variant")).stream()
                .filter(f -> f.getText().contains("Blinken")).findFirst().orElseThrow();
        assertThat(blinken.getText()).contains("Antony Blinken", "Anthony Blinken");
        assertThat(browser.findElements(By.cssSelector("li.fact.conflicting"))).noneSatisfy(
                f -> assertThat(f.getText()).contains("Blinken"));
    }

    @Test
    @Order(4)
    void aQuoteGroupLeadsToEachRenderingByKeyboard() {
        open("/stories/" + summit(), By.cssSelector(".sources .source"));
        WebElement group = browser.findElements(By.cssSelector("li.quote-group")).stream()
                .filter(g -> g.getText().contains("zero-sum")).findFirst().orElseThrow();
        List<WebElement> renderings = group.findElements(By.cssSelector("button.reading"));
        assertThat(renderings).hasSize(2);
        assertThat(group.getText()).contains("Xi Jinping");
        Set<String> articles = new HashSet<>();
        for (WebElement rendering : renderings) {
            js("arguments[0].focus()", rendering);
            rendering.sendKeys(Keys.ENTER);
            wait.until(d -> "MARK".equals(js("return document.activeElement.tagName")));
            String text = (String) js("return document.activeElement.textContent");
            assertThat(text).contains("zero-sum");
            articles.add((String) js("return document.activeElement.closest('article').id"));
        }
        assertThat(articles).hasSize(2);
        // Every control is a native button, link or summary: reachable by keyboard with no handler on a div.
        assertThat(((Number) js("return document.querySelectorAll('[onclick], div[role=button]').length")).intValue())
                .isZero();
    }

    @Test
    @Order(5)
    void searchingForSamarkandFindsTheSummitStory() throws IOException {
        open("/", By.cssSelector("ol.stories"));
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys("Samarkand");
        box.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits li.hit a")));
        WebElement hit = browser.findElement(By.cssSelector("ol.hits li.hit a"));
        assertThat(hit.getAttribute("href")).contains("/stories/" + summit());
        screenshot("search", 1280);
        browser.findElement(By.cssSelector("ol.hits li.hit a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sources .source")));
        assertThat(browser.getCurrentUrl()).contains("/stories/" + summit());
    }

    @Test
    @Order(6)
    void articleTextIsShownAsTextAndNeverRuns() throws IOException {
        String story = served.storyWith("hostile");
        open("/stories/" + story, By.cssSelector(".sources .source"));
        assertThat(js("return window.__pwned === undefined")).isEqualTo(Boolean.TRUE);
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("<script>window.__pwned=3</script>", "<img src=x onerror=\"window.__pwned=4\">");
        assertThat(browser.findElements(By.cssSelector("main script, main img, .text a"))).isEmpty();
        open("/", By.cssSelector("ol.stories"));
        assertThat(js("return window.__pwned === undefined")).isEqualTo(Boolean.TRUE);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("<script>window.__pwned=1</script>");
        screenshot("hostile", 1280);
    }

    @Test
    @Order(7)
    void aPhoneWidthPageNeedsNoSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String path : List.of("/", "/stories/" + summit())) {
                open(path, By.cssSelector("main h1"));
                wait.until(d -> js("return document.querySelector('.status') === null "
                        + "|| !document.querySelector('.status').textContent.startsWith('Loading')"));
                long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth"))
                        .longValue();
                assertThat(overflow).as(path).isLessThanOrEqualTo(0);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    @Order(8)
    void anUnknownStoryIsSaidPlainly() {
        open("/stories/no-such-story", By.cssSelector("main .error"));
        assertThat(browser.findElement(By.cssSelector("main .error")).getText()).contains("no story no-such-story");
    }
}
