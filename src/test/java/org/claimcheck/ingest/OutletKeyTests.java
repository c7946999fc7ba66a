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

    /** Look-alikes of a Latin name are that name; a name in another script keeps its own letters. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Cyrillic letters posing as Latin ones, alone and among Latin letters
            "\u0415l País                       | el-pais",
            "El P\u0430\u00EDs                  | el-pais",
            "\u0415L \u0420\u0410\u00CDS      | el-pais",
            "\u0410\u0412\u0421               | abc",
            "\u0412\u0412\u0421 News          | bbc-news",
            "N\u0435w \u0423\u043Erk T\u0456m\u0435s | new-york-times",
            "\u041D\u0435w Y\u043Erk                | hew-york",
            "Le \u041C\u043Ende             | le-monde",
            "\u0405ky N\u0435ws             | sky-news",
            "Th\u0435 Gu\u0430rdi\u0430n    | the-guardian",
            "\u0406BM News                     | ibm-news",
            // Greek letters posing as Latin ones
            "\u039F Gl\u03BFb\u03BF          | o-globo",
            "\u0391\u0392\u039A News        | abk-news",
            "\u03A1\u03BFlitic\u03BF         | politico",
            // Armenian and Cherokee look-alikes
            "Le M\u0585nde                    | le-monde",
            "\u13A0\u13AA\u13A2             | dat",
            // fullwidth, ligatures and mathematical letters are their plain forms
            "\uFF25\uFF4C \uFF30\uFF41\uFF49\uFF53 | el-pais",
            "\uFB01nancial Times               | financial-times",
            "\uD835\uDC04\uD835\uDC25 Pa\u00EDs | el-pais",
            "Le Monde\u2122                    | le-mondetm",
            // combining marks, precomposed or not, fold as accents do
            "E\u0301l Pai\u0301s              | el-pais",
            "\u0415\u0308l P\u0430is         | el-pais",
            "El Pa\u0131s                      | el-pa\u0131s",
            // a letter Unicode does not list as a look-alike (Cyrillic к, Greek ε) leaves the name in its script
            "\u0405\u043A\u0443 News           | \u0455\u043A\u0443-news",
            "R\u03B5ut\u03B5rs              | r\u03B5ut\u03B5rs",
            // names in other scripts keep their letters: they pose as nothing
            "\u041A\u043E\u043C\u043C\u0435\u0440\u0441\u0430\u043D\u0442\u044A | \u043A\u043E\u043C\u043C\u0435\u0440\u0441\u0430\u043D\u0442\u044A",
            "\u039A\u03B1\u03B8\u03B7\u03BC\u03B5\u03C1\u03B9\u03BD\u03AE | \u03BA\u03B1\u03B8\u03B7\u03BC\u03B5\u03C1\u03B9\u03BD\u03B7",
            "\u0415l \u671D\u65E5            | \u0435l-\u671D\u65E5",
            "\u0627\u0644\u062C\u0632\u064A\u0631\u0629 | \u0627\u0644\u062C\u0632\u064A\u0631\u0629",
    })
    void foldsLookalikesOfLatinNames(String name, String key) {
        assertEquals(key, OutletKey.of(name).orElseThrow().value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "---", "(...)", "¡¿!?"})
    void nameWithoutLettersOrDigitsHasNoKey(String name) {
        assertTrue(OutletKey.of(name).isEmpty());
    }
}
