package org.claimcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutletKeyTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "El País                 | el-pais",
            "EL PAÍS                 | el-pais",
            "el pais                 | el-pais",
            "  El   País  (Madrid)   | el-pais-madrid",
            "essanews.com            | essanews-com",
            "ESSANEWS.COM            | essanews-com",
            "Noticias Caracol        | noticias-caracol",
            "Unnamed outlet (000)    | unnamed-outlet-000",
            "Le Monde diplomatique   | le-monde-diplomatique",
            "Süddeutsche Zeitung     | suddeutsche-zeitung",
            "O Globo                 | o-globo",
            "ABC                     | abc",
            "The Guardian            | the-guardian",
            "Ａｓａｈｉ                  | asahi",
            "朝日新聞                    | 朝日新聞",
            "Reuters/Agencia EFE     | reuters-agencia-efe",
            "--El Tiempo--           | el-tiempo",
            "Çağdaş Haber            | cagdas-haber",
    })
    void foldsCaseAccentsAndPunctuation(String name, String key) {
        assertEquals(key, OutletKey.of(name).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "---", "(...)", "¡¿!?"})
    void nameWithoutLettersOrDigitsHasNoKey(String name) {
        assertTrue(OutletKey.of(name).isEmpty());
    }
}
