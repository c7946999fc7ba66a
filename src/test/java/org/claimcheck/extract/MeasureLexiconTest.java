package org.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimcheck.extract.MeasureLexicon.Cue;
import org.claimcheck.extract.MeasureLexicon.Match;
import org.claimcheck.extract.MeasureLexicon.Measure;
import org.claimcheck.normalize.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureLexiconTest {

    private static final MeasureLexicon LEXICON = MeasureLexicon.standard();

    /**
     * Words as the tokenizer gives them (hyphens split, apostrophes kept inside a word), folded, without the
     * auxiliaries the frame reader drops.
     */
    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{M}'’]+"))
                .filter(w -> !w.isEmpty())
                .map(MeasureLexicon::fold)
                .filter(w -> !MeasureLexicon.AUXILIARIES.contains(w))
                .toList();
    }

    private static Optional<Match> match(String language, String phrase, ValueKind kind) {
        return LEXICON.longestMatch(words(phrase), 0,
                cue -> cue.language().equals(language) && (kind == null || cue.measure().accepts(kind, null)));
    }

    @ParameterizedTest(name = "{0} \"{1}\" {2} -> {3}")
    @CsvSource(quoteCharacter = '"', value = {
            // language, phrase as written, kind of the value (empty: any), measure
            "en, killed,                ,         deaths",
            "en, death toll,            ,         deaths",
            "en, fatalities,            ,         deaths",
            "en, lost their lives,      ,         deaths",
            "en, injured,               ,         injured",
            "en, wounded,               ,         injured",
            "en, critically injured,    ,         injured_serious",
            "en, missing,               ,         missing",
            "en, displaced,             ,         displaced",
            "en, evacuees,              ,         evacuated",
            "en, left homeless,         ,         homeless",
            "en, rescued,               COUNT,    rescued",
            "en, survivors,             ,         survivors",
            "en, trapped,               COUNT,    trapped",
            "en, homes destroyed,       ,         homes_destroyed",
            "en, homes damaged,         ,         homes_damaged",
            "en, collapsed,             COUNT,    buildings_collapsed",
            "en, aftershocks,           ,         aftershocks",
            "en, magnitude,             ,         magnitude",
            "en, depth,                 ,         depth",
            "en, epicenter,             ,         epicentre_distance",
            "en, southwest of,          ,         distance",
            "en, gusts,                 ,         wind_speed",
            "en, rainfall,              ,         rainfall",
            "en, insured losses,        ,         insured_losses",
            "en, pledged,               ,         aid",
            "en, troops,                ,         troops_deployed",
            "en, soldiers killed,       ,         soldiers_killed",
            "en, hostages,              ,         hostages",
            "en, arrested,              COUNT,    arrests",
            "en, refugees,              ,         refugees",
            "en, missiles,              ,         missiles_fired",
            "en, casualties,            ,         casualties",
            "en, turnout,               ,         turnout",
            "en, of the vote,           ,         vote_share",
            "en, registered voters,     ,         registered_voters",
            "en, seats,                 ,         seats",
            "en, unemployment rate,     ,         unemployment_rate",
            "en, GDP,                   ,         gdp",
            "en, market cap,            ,         market_value",
            "en, 54-year-old,           ,         age",
            "en, arrived,               ,         date_of_arrival",
            "en, met,                   ,         date_of_meeting",
            "en, born,                  ,         date_of_birth",
            "en, struck,                ,         date_of_event",
            "es, muertos,               ,         deaths",
            "es, perdieron la vida,     ,         deaths",
            "es, víctimas mortales,     ,         deaths",
            "es, heridos,               ,         injured",
            "es, desaparecidos,         ,         missing",
            "es, damnificados,          ,         affected_people",
            "es, viviendas destruidas,  ,         homes_destroyed",
            "es, viviendas dañadas,     ,         homes_damaged",
            "es, réplicas,              ,         aftershocks",
            "es, magnitud,              ,         magnitude",
            "es, profundidad,           ,         depth",
            "es, al Sureste de,         ,         distance",
            "es, rescatistas,           ,         rescue_workers",
            "es, soldados,              ,         troops_deployed",
            "es, detenidos,             ,         arrests",
            "es, rehenes,               ,         hostages",
            "es, participación,         ,         turnout",
            "es, de los votos,          PERCENT,  vote_share",
            "es, escaños,               ,         seats",
            "es, actas escrutadas,      ,         ballots_counted",
            "es, precio,                ,         price",
            "es, presupuesto,           ,         budget",
            "es, inflación,             ,         inflation",
            "es, desempleo,             ,         unemployment_rate",
            "es, salario mínimo,        ,         minimum_wage",
            "es, años de edad,          ,         age",
            "es, llegó,                 ,         date_of_arrival",
            "es, se reunió,             ,         date_of_meeting",
            "es, nació,                 ,         date_of_birth",
            "es, sacudió,               ,         date_of_event",
            "es, encierro,              ,         time_trapped",
            "es, evacuaron,             ,         evacuated",
            "fr, morts,                 ,         deaths",
            "fr, ont péri,              ,         deaths",
            "fr, a coûté la vie,        ,         deaths",
            "fr, décès,                 COUNT,    deaths",
            "fr, blessés,               ,         injured",
            "fr, état grave,            ,         injured_serious",
            "fr, disparus,              ,         missing",
            "fr, sinistrés,             ,         affected_people",
            "fr, maisons détruites,     ,         homes_destroyed",
            "fr, maisons endommagées,   ,         homes_damaged",
            "fr, effondrés,             ,         buildings_collapsed",
            "fr, magnitude,             ,         magnitude",
            "fr, l'échelle de Richter,  ,         magnitude",
            "fr, profondeur,            ,         depth",
            "fr, l'épicentre,           ,         epicentre_distance",
            "fr, au sud-ouest de,       ,         distance",
            "fr, secouristes,           ,         rescue_workers",
            "fr, deuil national,        ,         days_of_mourning",
            "fr, otages,                ,         hostages",
            "fr, taux de participation, ,         turnout",
            "fr, chômage,               ,         unemployment_rate",
            "fr, a frappé,              ,         date_of_event",
            "fr, âgé,                   ,         age",
            "fr, évacuées,              ,         evacuated",
    })
    void aPhraseNamesItsMeasure(String language, String phrase, ValueKind kind, String measure) {
        Match match = match(language, phrase, kind).orElseThrow(() -> new AssertionError("no cue for " + phrase));
        assertEquals(measure, match.measure().id());
        assertEquals(words(phrase).size(), match.length(), "the whole phrase is one cue");
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource({
            // a cue written with an auxiliary is indexed without it, as the text it is matched against
            "fr, défilé,           crowd",
            "fr, se rendus aux urnes, turnout",
            "fr, se abstenus,      abstention",
            "en, hurt,             injured",
    })
    void aCueIsIndexedWithoutItsAuxiliaries(String language, String folded, String measure) {
        List<String> words = Arrays.stream(folded.split(" ")).map(MeasureLexicon::fold).toList();
        Match match = LEXICON.longestMatch(words, 0, cue -> cue.language().equals(language)).orElseThrow();
        assertEquals(measure, match.measure().id());
        assertEquals(words.size(), match.length());
    }

    @Test
    void aCueRepeatedWithAnAuxiliaryIsIndexedOnce() {
        MeasureLexicon small = MeasureLexicon.parse(List.of(MeasureLexicon.HEADER,
                "injured\tCOUNT\tyes\twere hurt | hurt\theridos\tont été blessés | blessés", "other\tCOUNT\tno\t\t\t"), "t");
        assertEquals(List.of("hurt", "heridos", "blesses"), small.cues().stream().map(Cue::phrase).toList());
    }

    @ParameterizedTest(name = "{0} \"{1}\" beats \"{3}\"")
    @CsvSource({
            // language, longer phrase, its measure, its first word(s) alone, their measure
            "en, death toll,         deaths,          toll,       deaths",
            "en, soldiers killed,    soldiers_killed, soldiers,   troops_deployed",
            "en, evacuation centers, shelters,        evacuation, evacuated",
            "en, homes destroyed,    homes_destroyed, destroyed,  buildings_destroyed",
            "es, gasto público,      public_spending, gasto,      cost",
            "es, heridos graves,     injured_serious, heridos,    injured",
            "fr, blessés graves,     injured_serious, blessés,    injured",
            "fr, maisons effondrées, homes_destroyed, effondrées, buildings_collapsed",
    })
    void aLongerCueBeatsAShorterOne(String language, String longer, String longerMeasure, String shorter, String shorterMeasure) {
        Match match = match(language, longer, null).orElseThrow();
        assertEquals(longerMeasure, match.measure().id());
        assertEquals(words(longer).size(), match.length());
        assertEquals(shorterMeasure, match(language, shorter, null).orElseThrow().measure().id());
    }

    @ParameterizedTest(name = "{0} \"{1}\" as {2} -> {3}")
    @CsvSource({
            // one word, several measures of different kinds: the value's kind picks one
            "en, trapped,   COUNT,    trapped",
            "en, trapped,   DURATION, time_trapped",
            "en, died,      COUNT,    deaths",
            "en, died,      DATE,     date_of_death",
            "en, rescue,    COUNT,    rescued",
            "en, rescue,    DURATION, rescue_duration",
            "en, rescue,    DATE,     date_of_rescue",
            "en, stored,    QUANTITY, stockpile",
            "en, stored,    DURATION, storage_duration",
            "en, votes,     COUNT,    votes",
            "en, votes,     PERCENT,  vote_share",
            "es, rescate,   COUNT,    rescued",
            "es, rescate,   DATE,     date_of_rescue",
            "fr, mort,      COUNT,    deaths",
            "fr, mort,      DATE,     date_of_death",
    })
    void theValueKindPicksAmongMeasuresOfOneCue(String language, String phrase, ValueKind kind, String measure) {
        assertEquals(measure, match(language, phrase, kind).orElseThrow().measure().id());
    }

    @Test
    void theKindAndUnitOverloadFiltersByMeasure() {
        assertEquals("depth", LEXICON.longestMatch(words("underground"), 0, ValueKind.QUANTITY, "m").orElseThrow().measure().id());
        assertFalse(LEXICON.longestMatch(words("underground"), 0, ValueKind.QUANTITY, "kg").isPresent());
        assertFalse(LEXICON.longestMatch(words("killed"), 0, ValueKind.MONEY, null).isPresent());
    }

    @Test
    void cuesAreFoundInsideASentence() {
        List<String> text = words("Le séisme a fait au moins 632 morts et 329 blessés, dont 51 dans un état grave");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Optional<Match> match = LEXICON.longestMatch(text, i, cue -> cue.language().equals("fr")
                    && cue.measure().accepts(ValueKind.COUNT, null));
            if (match.isPresent()) {
                found.add(match.get().measure().id());
                i += match.get().length() - 1;
            }
        }
        assertEquals(List.of("deaths", "injured", "injured_serious"), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evacuated", "evacuation", "evacuees", "evacuate", "evacuaron", "evacuados", "évacués", "Évacuation"})
    void aPrefixCueMatchesEveryWordItStarts(String word) {
        List<Cue> cues = LEXICON.cuesStartingWith(MeasureLexicon.fold(word));
        assertTrue(cues.stream().anyMatch(c -> c.isPrefix(0) && c.measure().id().equals("evacuated")), word);
        assertEquals("evacuated", LEXICON.longestMatch(List.of(MeasureLexicon.fold(word)), 0).orElseThrow().measure().id());
    }

    @Test
    void aPrefixDoesNotMatchAShorterWordOrAnotherStart() {
        assertTrue(LEXICON.longestMatch(List.of("evac"), 0).isEmpty());
        assertTrue(LEXICON.longestMatch(List.of("eva"), 0).isEmpty());
        assertTrue(LEXICON.longestMatch(List.of("revacuated"), 0).isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(quoteCharacter = '"', value = {
            "Évacués,      evacues",
            "víctimas,     victimas",
            "AÑOS,         anos",
            "L'Épicentre,  epicentre",
            "d’une,        une",
            "qu'il,        il",
            "don't,        don't",
            "Œuvre,        oeuvre",
            "décès,        deces",
    })
    void foldRemovesCaseAccentsAndElisions(String word, String folded) {
        assertEquals(folded, MeasureLexicon.fold(word));
    }

    @Test
    void thereAreAtLeast150MeasuresEndingWithTheFallback() {
        assertTrue(LEXICON.all().size() >= 150, "measures: " + LEXICON.all().size());
        Measure other = LEXICON.other();
        assertEquals(Set.of(ValueKind.values()), other.kinds());
        assertFalse(other.cumulative());
        assertTrue(LEXICON.cues().stream().noneMatch(c -> c.measure().equals(other)));
    }

    @Test
    void everyMeasureHasEnglishAndSpanishCuesAndNearlyAllFrench() {
        Map<String, Set<String>> languages = LEXICON.cues().stream().collect(Collectors.groupingBy(
                c -> c.measure().id(), Collectors.mapping(Cue::language, Collectors.toSet())));
        List<String> missing = new ArrayList<>();
        long withFrench = 0;
        for (Measure measure : LEXICON.all()) {
            if (measure.id().equals(MeasureLexicon.OTHER)) {
                continue;
            }
            Set<String> langs = languages.getOrDefault(measure.id(), Set.of());
            if (!langs.containsAll(Set.of("en", "es"))) {
                missing.add(measure.id());
            }
            withFrench += langs.contains("fr") ? 1 : 0;
        }
        assertEquals(List.of(), missing, "measures without English or Spanish cues");
        assertTrue(withFrench >= 0.9 * (LEXICON.all().size() - 1), "measures with French cues: " + withFrench);
    }

    /**
     * One phrase may name several measures in one language ("trapped": how many, and for how long) only when no
     * value could be both: the engine picks by the value's kind and unit, so a shared cue never makes a tie.
     */
    @Test
    void noCueNamesTwoMeasuresThatOneValueCouldBe() {
        Map<String, List<Measure>> byPhrase = new HashMap<>();
        for (Cue cue : LEXICON.cues()) {
            byPhrase.computeIfAbsent(cue.language() + ": " + cue.phrase(), k -> new ArrayList<>()).add(cue.measure());
        }
        List<String> clashes = new ArrayList<>();
        byPhrase.forEach((phrase, measures) -> {
            for (int i = 0; i < measures.size(); i++) {
                for (int j = i + 1; j < measures.size(); j++) {
                    if (measures.get(i).overlaps(measures.get(j))) {
                        clashes.add(phrase + " -> " + measures.get(i).id() + ", " + measures.get(j).id());
                    }
                }
            }
        });
        assertEquals(List.of(), clashes);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // what the gold groups of /work/shared/eval/corpus measure
            "deaths", "injured", "injured_serious", "homeless", "loss", "appeal", "stockpile", "storage_duration",
            "magnitude", "distance", "epicentre_distance", "depth", "length", "diameter", "age", "experience",
            "date_of_event", "date_of_start", "date_of_end", "date_of_rescue", "rescue_duration", "drilling_duration",
            "time_trapped", "trapped", "rescue_workers", "crowd", "aftershocks", "wave_height", "without_power",
            "affected_people", "time_since", "troops_deployed", "soldiers_killed", "border_crossings", "containers",
            "defectors", "casualties", "earnings_from_arms", "range", "date_of_arrival", "date_of_meeting",
            "date_of_visit", "date_of_ratification", "date_of_invasion", "date_of_war", "vote_share", "votes",
            "ballots_counted", "turnout", "registered_voters", "date_of_election", "time_in_office", "children_killed",
            "bodies_recovered", "poll_support"})
    void theMeasuresTheEvaluationCorporaNeedExist(String id) {
        assertTrue(LEXICON.measure(id).isPresent(), id);
    }

    @Test
    void measuresCarryKindsUnitsAndWhetherTheyGrow() {
        Measure magnitude = LEXICON.measure("magnitude").orElseThrow();
        assertTrue(magnitude.kinds().containsAll(Set.of(ValueKind.QUANTITY, ValueKind.COUNT)), "the normalizer reads 7.2 as a count");
        assertNull(magnitude.unit());
        assertFalse(magnitude.cumulative());
        Measure depth = LEXICON.measure("depth").orElseThrow();
        assertEquals(Set.of(ValueKind.QUANTITY), depth.kinds());
        assertEquals("m", depth.unit());
        assertTrue(LEXICON.measure("deaths").orElseThrow().cumulative());
        assertFalse(LEXICON.measure("turnout").orElseThrow().cumulative());
        assertTrue(LEXICON.measure("nonsense").isEmpty());
    }

    @Test
    void theStandardLexiconIsReadOnce() {
        assertSame(MeasureLexicon.standard(), MeasureLexicon.standard());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiterString = "||", quoteCharacter = '"', value = {
            // a line after the header, what the error says
            "deaths\tCOUNT\tyes\tkilled\tmuertos                  || expected 6 tab-separated columns",
            "deaths\tCOUNTS\tyes\tkilled\tmuertos\tmorts          || unknown kind 'COUNTS'",
            "deaths\tCOUNT:m\tyes\tkilled\tmuertos\tmorts         || only QUANTITY names a unit",
            "deaths\tCOUNT\tmaybe\tkilled\tmuertos\tmorts         || cumulative must be yes, no or varies",
            "Deaths\tCOUNT\tyes\tkilled\tmuertos\tmorts           || not lower_snake_case",
            "deaths\tCOUNT\tyes\tdea*\tmuertos\tmorts             || at least 4 letters",
            "deaths\tCOUNT\tyes\tkilled | killed\tmuertos\tmorts  || duplicate en cue",
            "deaths\tCOUNT\tyes\tkilled\tmuertos | muértos\tmorts || duplicate es cue",
            "deaths\tCOUNT\tyes\tkilled |  | dead\tmuertos\tmorts || malformed en cue",
    })
    void aMalformedLineFailsNamingIt(String line, String message) {
        List<String> lines = List.of("# comment", MeasureLexicon.HEADER, line.replace("\\t", "\t"), "other\tCOUNT\tno\t\t\t");
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> MeasureLexicon.parse(lines, "test.tsv"));
        assertTrue(error.getMessage().startsWith("test.tsv line 3: "), error.getMessage());
        assertTrue(error.getMessage().contains(message.strip()), error.getMessage());
    }

    @Test
    void aDuplicateMeasureOrAMissingHeaderOrFallbackFails() {
        String deaths = "deaths\tCOUNT\tyes\tkilled\tmuertos\tmorts";
        String other = "other\tCOUNT\tno\t\t\t";
        IllegalStateException duplicate = assertThrows(IllegalStateException.class,
                () -> MeasureLexicon.parse(List.of(MeasureLexicon.HEADER, deaths, deaths, other), "t"));
        assertEquals("t line 3: duplicate measure 'deaths'", duplicate.getMessage());
        assertThrows(IllegalStateException.class, () -> MeasureLexicon.parse(List.of(deaths, other), "t"));
        assertThrows(IllegalStateException.class, () -> MeasureLexicon.parse(List.of(MeasureLexicon.HEADER, deaths), "t"));
        MeasureLexicon small = MeasureLexicon.parse(List.of(MeasureLexicon.HEADER, "", deaths, other), "t");
        assertEquals(2, small.all().size());
        assertEquals(3, small.cues().size());
    }
}
