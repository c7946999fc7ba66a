package org.claimcheck.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.claimcheck.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard where writes need a key: pasting an article is refused, the page asks for the key, and with it
 * the article is stored. Like DashboardBrowserTest, it needs Chromium and chromedriver and skips itself without
 * them unless CLAIMCHECK_BROWSER_REQUIRED is set.
 */
@QuarkusTest
@TestProfile(AccessDashboardBrowserTest.KeyConfigured.class)
class AccessDashboardBrowserTest {

    private static final String KEY = "dashboard-key-6a1f";

    public static class KeyConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimcheck.access.api-key", KEY);
        }
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

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static WebElement keyField() {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.key-form input[name=apiKey]")));
    }

    @Test
    void aRefusedPasteAsksForTheKeyAndSucceedsWithIt() {
        driver.get(root.toString() + "#/new");
        WebElement form = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.paste")));
        form.findElement(By.name("outlet")).sendKeys("Keyed Herald");
        form.findElement(By.name("text")).sendKeys("Officials said 4,000 soldiers crossed the border.");
        form.findElement(By.cssSelector("button[type=submit]")).click();

        WebElement field = keyField();
        assertEquals("password", field.getAttribute("type"));
        assertTrue(driver.findElement(By.cssSelector("form.key-form .error")).getText().contains("needs the API key"));

        field.sendKeys("not-the-key");
        driver.findElement(By.cssSelector("form.key-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form.key-form .error"), "not valid"));

        keyField().sendKeys(KEY);
        driver.findElement(By.cssSelector("form.key-form button[type=submit]")).click();
        WebElement claim = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".new-claims li")));
        assertTrue(claim.getText().startsWith("4,000"), claim.getText());
        assertEquals(KEY, ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('claimcheck.apiKey')"));
        given().queryParam("outlet", "Keyed Herald").when().get("/api/articles")
                .then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo(1));
    }
}
