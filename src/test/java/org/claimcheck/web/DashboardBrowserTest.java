package org.claimcheck.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.claimcheck.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium driven by Selenium over the service started with the
 * seed fixtures. Skipped when Chromium or its driver is not installed, unless CLAIMCHECK_BROWSER_REQUIRED is set
 * (.ci/run installs both and sets it).
 */
@QuarkusTest
@TestProfile(DashboardBrowserTest.FixturesOnStart.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    public static class FixturesOnStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.fixtures.load-on-start", "true");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    /** A conflicting row of the list: a group row holding a highlighted value with this text. */
    private static By conflictingRowWith(String value) {
        return By.xpath("//article[contains(@class,'group-row')][.//span[contains(@class,'value') and contains(@class,"
                + "'conflicting') and normalize-space(.)='" + value + "']]");
    }

    @TestHTTPResource("/")
    URL root;

    private static HeadlessChromium browser;
    private static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        browser = HeadlessChromium.start();
        driver = browser.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens a view afresh, so that nothing of the previous view can satisfy a wait. */
    private void open(String hash) {
        driver.get("about:blank");
        driver.get(root.toString() + hash);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    private static long articleIdOf(String outlet) {
        return given().queryParam("outlet", outlet).when().get("/api/articles")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    @Order(1)
    void theConflictListShowsTheTroopConflictWithItsDisagreeingValuesHighlighted() throws IOException {
        open("#/conflicts");

        WebElement row = waiting().until(ExpectedConditions.visibilityOfElementLocated(conflictingRowWith("11,000")));
        assertTrue(row.getAttribute("class").contains("status-CONFLICT"), "the row is a conflict: " + row.getAttribute("class"));
        assertFalse(row.findElements(By.xpath(".//span[contains(@class,'conflicting') and normalize-space(.)!='11,000']")).isEmpty(),
                "the other side of the conflict is highlighted too");
        assertTrue(row.getText().contains("essanews.com") && row.getText().contains("El País"), "outlets side by side: " + row.getText());
        assertTrue(row.findElement(By.className("consensus")).getText().startsWith("consensus "), "the consensus value is shown");
        WebElement first = driver.findElements(By.cssSelector(".group-row")).get(0);
        assertTrue(first.getAttribute("class").contains("status-CONFLICT"), "conflicts come first");

        Path shot = Path.of("target", "dashboard.png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(shot) > 10_000, "the screenshot is an image of the page");
    }

    @Test
    @Order(2)
    void filtersLiveInTheUrl() {
        open("#/conflicts?status=CONFLICT&outlet=el-pais");

        waiting().until(ExpectedConditions.visibilityOfElementLocated(conflictingRowWith("11,000")));
        assertEquals("CONFLICT", driver.findElement(By.cssSelector("select[name=status]")).getAttribute("value"));
        assertEquals("el-pais", driver.findElement(By.cssSelector("select[name=outlet]")).getAttribute("value"));
        driver.findElements(By.cssSelector(".group-row"))
                .forEach(row -> assertTrue(row.getAttribute("class").contains("status-CONFLICT"), "only conflicts are listed"));

        WebElement search = driver.findElement(By.cssSelector("input[name=q]"));
        search.sendKeys("no such claim anywhere");
        waiting().until(ExpectedConditions.urlContains("q=no+such+claim+anywhere"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("view"), "No group matches."));
    }

    @Test
    @Order(3)
    void theGroupShowsEveryClaimWithItsValueMarkedInItsSentenceAndAPlot() {
        open("#/conflicts");
        WebElement row = waiting().until(ExpectedConditions.visibilityOfElementLocated(conflictingRowWith("11,000")));
        row.findElement(By.cssSelector("a.label")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.claims tbody tr")));
        assertTrue(driver.getCurrentUrl().matches(".*#/groups/g\\d+$"), driver.getCurrentUrl());
        List<WebElement> claims = driver.findElements(By.cssSelector("table.claims tbody tr"));
        assertTrue(claims.size() >= 2, "the group's claims are listed");
        for (WebElement claim : claims) {
            String value = claim.findElement(By.cssSelector("td[data-label=Value]")).getText();
            String marked = claim.findElement(By.cssSelector("td[data-label=Sentence] mark.span")).getText();
            assertEquals(value, marked, "the sentence marks the claim's value");
            assertFalse(claim.findElement(By.cssSelector("td[data-label=Normalized]")).getText().isBlank(), "normalized value");
            assertFalse(claim.findElement(By.cssSelector("td[data-label='As of']")).getText().isBlank(), "as of");
        }
        assertTrue(driver.findElements(By.cssSelector("tr.conflicting")).size() >= 2, "the disagreeing claims are marked");
        WebElement plot = driver.findElement(By.cssSelector("svg.plot"));
        assertTrue(plot.findElements(By.cssSelector(".mark")).size() >= claims.size(), "one mark per claim in the plot");
        assertTrue(plot.findElements(By.cssSelector(".when")).size() >= 2, "the claims' days on the time axis");
    }

    @Test
    @Order(4)
    void theArticleShowsItsValuesHighlightedAndLinkedToTheirGroups() {
        long id = articleIdOf("essanews.com");
        List<String> expected = given().when().get("/api/articles/" + id + "/claims")
                .then().statusCode(200).extract().jsonPath().getList("claims.text", String.class);
        open("#/articles/" + id);

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".article-text .value")));
        List<WebElement> values = driver.findElements(By.cssSelector(".article-text .value"));
        assertEquals(expected, values.stream().map(WebElement::getText).toList(), "every extracted value, in text order");
        WebElement troops = values.stream().filter(value -> value.getText().equals("11,000")).findFirst().orElseThrow();
        assertTrue(troops.getAttribute("href").matches(".*#/groups/g\\d+$"), "a value links to its group: " + troops.getAttribute("href"));

        troops.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.claims tbody tr")));
        assertFalse(driver.findElements(By.xpath("//table[contains(@class,'claims')]//td[@data-label='Value'][normalize-space(.)='11,000']"))
                .isEmpty(), "the group holds the value followed");
    }

    @Test
    @Order(5)
    void outletsShowTheirReliabilityAndClaims() {
        open("#/outlets");

        WebElement essa = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-outlet=essanews-com]")));
        long claims = given().when().get("/api/outlets").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.key == 'essanews-com' }.claimCount");
        assertEquals(String.valueOf(claims), essa.findElement(By.cssSelector("td[data-label=Claims]")).getText());
        assertFalse(essa.findElements(By.cssSelector("td[data-label=Reliability] meter")).isEmpty(), "a reliability meter");
        assertTrue(driver.findElements(By.cssSelector("table.outlets tbody tr")).size() >= 5, "the seed outlets are listed");
    }

    @Test
    @Order(6)
    void articleTextIsShownAsTextAndRunsNothing() {
        String text = "<script>window.__xss=1</script>\n<img src=x onerror=\"window.__xss=2\">\n"
                + "More than 11,000 soldiers were deployed on Monday.";
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("outlet", "<b>Markup Outlet</b>", "title", "<img src=x onerror=\"window.__xss=3\">", "format", "text",
                        "publishedAt", "2024-12-16", "text", text))
                .when().post("/api/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().jsonPath().getLong("id");
        open("#/articles/" + id);

        WebElement body = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".article-text")));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".article-text .value")));
        assertTrue(body.getText().contains("<script>window.__xss=1</script>"), body.getText());
        assertTrue(body.getText().contains("<img src=x onerror=\"window.__xss=2\">"), body.getText());
        assertEquals("<img src=x onerror=\"window.__xss=3\">", driver.findElement(By.tagName("h1")).getText());
        assertTrue(body.findElements(By.tagName("script")).isEmpty() && body.findElements(By.tagName("img")).isEmpty(),
                "no element was made from the text");
        assertTrue(driver.findElements(By.cssSelector("main img, main script")).isEmpty(), "nothing was made from the title");
        assertTrue(body.findElement(By.cssSelector(".value")).getText().endsWith("11,000"), "the article's value is highlighted");
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss"), "no script of the article ran");

        String outletKey = given().when().get("/api/outlets").then().statusCode(200).extract().jsonPath()
                .getString("find { it.name == '<b>Markup Outlet</b>' }.key");
        open("#/conflicts?outlet=" + outletKey);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".chip .outlet")));
        assertTrue(driver.findElement(By.id("view")).getText().contains("<b>Markup Outlet</b>"), "the outlet's name is text");
        assertNull(((JavascriptExecutor) driver).executeScript("return window.__xss"), "no script ran in the list");
    }

    @Test
    @Order(7)
    void aPastedArticleShowsItsClaimsInTheirGroups() {
        open("#/new");

        WebElement form = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.paste")));
        form.findElement(By.name("outlet")).sendKeys("Pasted Daily");
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '2024-12-18'", form.findElement(By.name("publishedAt")));
        form.findElement(By.name("text")).sendKeys("Kim Jong Un has sent 11,000 soldiers to Russia, officials said.");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement group = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".new-claims li a[href*='#/groups/g']")));
        WebElement claim = driver.findElement(By.cssSelector(".new-claims li"));
        assertTrue(claim.getText().startsWith("11,000"), claim.getText());
        group.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//table[contains(@class,'claims')]//td[@data-label='Outlet'][normalize-space(.)='Pasted Daily']")));
    }
}
