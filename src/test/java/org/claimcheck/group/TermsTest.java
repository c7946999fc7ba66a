package org.claimcheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // time units, the three languages
            "horas       | hour",
            "hours       | hour",
            "heures      | hour",
            "Hora        | hour",
            "días        | day",
            "days        | day",
            "jours       | day",
            "semanas     | week",
            "semaines    | week",
            "años        | year",
            "years       | year",
            "ans         | year",
            "années      | year",
            "minutos     | minute",
            // harm: the frames grouping reads
            "murieron    | death",
            "died        | death",
            "morts       | death",
            "Mortes      | death",
            "tués        | death",
            "fallecidos  | death",
            "décès       | death",
            "fatalities  | death",
            "heridos     | casualty",
            "injured     | casualty",
            "blessés     | casualty",
            "évacués     | displace",
            "desplazados | displace",
            "homeless    | displace",
            "casualty    | casualties",
            "baja        | casualties",
            "atrapados   | trapped",
            "trapped     | trapped",
            "piégés      | trapped",
            "rescatados  | rescue",
            "rescued     | rescue",
            "secourus    | rescue",
            "desaparecidos | missing",
            "disparus    | missing",
            // people
            "mineros     | miner",
            "miners      | miner",
            "mineurs     | miner",
            "Minero      | miner",
            "rescatistas | rescuer",
            "sauveteurs  | rescuer",
            "niños       | child",
            "enfants     | child",
            "votantes    | voter",
            "électeurs   | voter",
            "Président   | president",
            "presidenta  | president",
            "troops      | soldier",
            "soldats     | soldier",
            // places
            "viviendas   | house",
            "maisons     | house",
            "homes       | house",
            "edificios   | building",
            "bâtiments   | building",
            "almacén     | warehouse",
            "entrepôt    | warehouse",
            "puerto      | port",
            "pozo        | shaft",
            // disasters and measures
            "sismo       | earthquake",
            "Séisme      | earthquake",
            "seísmo      | earthquake",
            "quakes      | earthquake",
            "réplicas    | aftershock",
            "répliques   | aftershock",
            "temblor     | aftershock",
            "magnitud    | magnitude",
            "profondeur  | depth",
            "épicentre   | epicentre",
            "epicenter   | epicentre",
            "kilómetros  | kilometre",
            "kilomètres  | kilometre",
            "escombros   | rubble",
            "décombres   | rubble",
            "explosión   | explosion",
            "blast       | explosion",
            "toneladas   | ton",
            "tonnes      | ton",
            // actions
            "subió       | rise",
            "augmenté    | rise",
            "rose        | rise",
            "alcanzó     | reach",
            "atteint     | reach",
            "reached     | reach",
            "firmaron    | sign",
            "signé       | sign",
            // politics and economy
            "votos       | vote",
            "ballots     | vote",
            "elecciones  | election",
            "élection    | election",
            "encuesta    | poll",
            "sondages    | poll",
            "dólares     | dollar",
            "millones    | million",
            "milliards   | billion",
            "septiembre  | september",
            "septembre   | september",
            "miércoles   | wednesday",
            // countries, demonyms, capitals
            "México      | mexico",
            "mexicanos   | mexico",
            "Marruecos   | morocco",
            "Maroc       | morocco",
            "Moroccan    | morocco",
            "Beyrouth    | lebanon",
            "Beirut      | lebanon",
            "Líbano      | lebanon",
            "chilenos    | chile",
            "Chiliens    | chile",
            "venezolanos | venezuela",
            "Pyongyang   | northkorea",
            "Seúl        | southkorea",
            "Moscú       | russia",
            "eeuu        | us",
            // case and accents fold; a plural not listed still finds its singular
            "MUERTOS     | death",
            "Pékin       | china",
            "pekin       | china",
            "ferries     | ferry",
            "tanks       | tank",
            // names outside the vocabulary share a stem with their demonym
            "Arvenia     | arven",
            "Arvenian    | arven",
            "Arvenians   | arven",
            "Zorlandia   | zorland",
    })
    void wordGivesTerm(String word, String term) {
        assertEquals(term, Terms.of(word));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "horas, hours, heures, hour",
            "murieron, died, morts, killed, tués, fallecieron",
            "mineros, miners, mineurs, miner",
            "heridos, injured, blessés, wounded",
            "sismo, terremoto, earthquake, séisme, quake",
            "Marruecos, Morocco, Maroc, marocain, marroquíes",
    })
    void wordsOfOneConceptShareATerm(String words) {
        Set<String> terms = new HashSet<>();
        for (String word : words.split(",\\s*")) {
            terms.add(Terms.of(word));
        }
        assertEquals(1, terms.size(), words + " gave " + terms);
    }

    @Test
    void shortWordsHaveNoTerm() {
        assertNull(Terms.of("de"));
        assertNull(Terms.of("un"));
    }

    @Test
    void knownTermsAreConceptIds() {
        assertTrue(Terms.isKnown("death"));
        assertTrue(Terms.isKnown("hour"));
        assertTrue(Terms.isKnown("casualties"));
        assertTrue(Terms.isKnown("us"));
        assertFalse(Terms.isKnown("horas"));
        assertFalse(Terms.isKnown("arven"));
    }

    @Test
    void framesOfFrenchAndSpanishHarm() {
        assertEquals("death", Terms.frameOf(Terms.of("morts")));
        assertEquals("injury", Terms.frameOf(Terms.of("blessés")));
        assertEquals("displace", Terms.frameOf(Terms.of("évacués")));
        assertEquals("arrest", Terms.frameOf(Terms.of("detenidos")));
        assertEquals("deploy", Terms.frameOf(Terms.of("déployés")));
        assertNull(Terms.frameOf(Terms.of("hours")));
        assertNull(Terms.frameOf(null));
    }

    @Test
    void theFileHasFourHundredConcepts() {
        Map<String, String> concepts = Concepts.load();
        assertTrue(new HashSet<>(concepts.values()).size() >= 400, "concepts: " + new HashSet<>(concepts.values()).size());
    }

    @Test
    void parseFoldsWordsAndAllowsAWordTwiceInOneConcept() {
        Map<String, String> concepts = Concepts.parse(List.of(
                "# comment",
                "",
                "quake\tquake | earthquake\tsismo | seísmo\tséisme | seisme",
                "size\tmagnitude\tmagnitud\tmagnitude"), "test.tsv");
        assertEquals("quake", concepts.get("seismo"));
        assertEquals("quake", concepts.get("seisme"));
        assertEquals("size", concepts.get("magnitude"));
        assertEquals(Map.of(), Concepts.parse(List.of("# only a comment"), "test.tsv"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`a\tquake\tsismo`                           | test.tsv:1: expected concept<TAB>en<TAB>es<TAB>fr",
            "`Quake\tquake\tsismo\tséisme`                | test.tsv:1: concept id 'Quake'",
            "`quake\tdeath toll\tsismo\tséisme`           | test.tsv:1: 'death toll' is not a single word",
            "`quake\tquake|tremor\tsismo\tséisme`         | test.tsv:1: 'quake|tremor' is not a single word",
            "`quake\tQuake\tsismo\tséisme`                | test.tsv:1: 'Quake' is not lower case",
            "`quake\tqu\tsismo\tséisme`                   | test.tsv:1: 'qu' is shorter than 3 letters",
            "`quake\t\t\t`                                | test.tsv:1: concept 'quake' lists no word",
    })
    void malformedLineFailsNamingIt(String line, String message) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Concepts.parse(List.of(line.replace("\\t", "\t")), "test.tsv"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void aWordUnderTwoConceptsFailsNamingBothLines() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Concepts.parse(List.of(
                "quake\tquake\tsismo\tséisme",
                "# comment",
                "shake\ttremor\tsísmo\t"), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:3: word 'sísmo' of concept 'shake' is already listed under "
                + "concept 'quake' on line 1"), e.getMessage());
    }

    @Test
    void aConceptDefinedTwiceFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Concepts.parse(List.of(
                "quake\tquake\t\t",
                "quake\t\tsismo\t"), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:2: concept 'quake' already defined on line 1"), e.getMessage());
    }
}
