package org.claimcheck.group;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a word into the term grouping compares: lower case without accents, singular, and one term for words
 * that name the same thing across spellings and the two languages ("troops", "soldiers", "soldados";
 * "Pyongyang", "North Korean", "Corea del Norte"). A small, general vocabulary of news: military and casualty
 * nouns, meetings and visits, and the country, demonym and capital of frequently reported states.
 */
final class Terms {

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
        same("soldier", "soldier", "troop", "serviceman", "servicemen", "soldado", "tropa", "militar", "combatant",
                "combatiente", "fighter", "recruit", "personnel", "peacekeeper", "casco", "marine", "infante");
        same("prisoner", "prisoner", "detainee", "captive", "hostage", "prisionero", "preso", "rehen", "cautivo");
        same("aftershock", "aftershock", "replica", "tremor", "temblor");
        same("magnitude", "magnitude", "magnitud");
        same("depth", "depth", "deep", "profundidad");
        same("vote", "vote", "voto", "ballot", "papeleta");
        same("job", "job", "employment", "empleo", "puesto");
        same("house", "house", "home", "dwelling", "vivienda", "casa", "hogar");
        same("school", "school", "escuela", "colegio");
        same("hospital", "hospital", "clinic", "clinica");
        same("death", "death", "dead", "killed", "kill", "killing", "fatality", "fatalities", "died", "die", "dying",
                "muerto", "muerte", "murieron", "fallecieron",
                "fallecido", "fallecida", "toll");
        same("casualty", "wounded", "injured", "injuring", "wounding", "injury", "injuries", "herido", "herida",
                "lesionado", "lesionada");
        same("casualties", "casualty", "casualties", "baja");
        same("displace", "displaced", "displacing", "displacement", "evacuated", "evacuating", "evacuation", "evacuee", "refugee", "homeless",
                "desplazado", "desplazada", "evacuado", "evacuada", "refugiado", "damnificado");
        same("arrest", "arrested", "arrest", "detained", "detention", "detenido", "detenida", "arrestado");
        same("deploy", "deployed", "deployment", "stationed", "desplegado", "despliegue");
        same("container", "container", "contenedor");
        same("missile", "missile", "misil", "rocket", "cohete");
        same("shell", "shell", "projectile", "proyectil", "ammunition", "munition", "municion", "ammo");
        same("person", "person", "people", "persona", "individual", "civilian", "civil", "resident", "habitante");
        same("visit", "visit", "trip", "travel", "travelling", "traveling", "visita", "viaje", "viajo", "visito");
        same("arrive", "arrive", "arrived", "arrival", "landed", "land", "llego", "llegada", "aterrizo");
        same("meet", "meet", "met", "meeting", "summit", "talks", "reunion", "cumbre", "reunio", "encuentro");
        same("invasion", "invasion", "invade", "invaded", "offensive", "invasion", "ofensiva", "invadio");
        same("war", "war", "conflict", "guerra", "conflicto", "fighting", "combate");
        same("border", "border", "frontier", "frontera", "demarcation", "limite");
        same("cross", "cross", "crossed", "crossing", "incursion", "cruzar", "cruzaron", "cruzo");
        same("defect", "defect", "defected", "defector", "defection", "deserto", "desercion", "desertor");
        same("treaty", "treaty", "agreement", "pact", "accord", "tratado", "acuerdo", "pacto");
        same("sign", "sign", "signed", "signing", "firma", "firmo", "firmaron");
        same("ratify", "ratify", "ratified", "ratification", "ratifying", "ratifico", "ratificacion");
        same("earn", "earn", "earned", "revenue", "income", "gano", "ingreso");
        same("northkorea", "north", "pyongyang", "dprk", "norcoreano", "norcoreana");
        same("southkorea", "south", "seoul", "surcoreano", "surcoreana", "seul");
        same("russia", "russia", "russian", "moscow", "kremlin", "rusia", "ruso", "rusa", "moscu");
        same("ukraine", "ukraine", "ukrainian", "kyiv", "kiev", "ucrania", "ucraniano", "ucraniana");
        same("us", "washington", "american", "estadounidense", "eeuu", "usa");
        same("china", "china", "chinese", "beijing", "chino", "china", "pekin");
        same("japan", "japan", "japanese", "tokyo", "japon", "japones");
        same("israel", "israel", "israeli", "israeli", "israelí");
        same("iran", "iran", "iranian", "tehran", "irani", "teheran");
        same("korea", "korea", "korean", "corea", "coreano");
    }

    /** Terms that say what happened to the people counted: a count of one kind of event is not a count of another. */
    private static final Map<String, String> FRAMES = Map.of(
            "death", "death", "casualty", "injury", "displace", "displace", "arrest", "arrest", "deploy", "deploy");

    private Terms() {
    }

    /** Is this term one the vocabulary knows, so that two different ones surely name different things? */
    static boolean isKnown(String term) {
        return KNOWN.contains(term);
    }

    private static final java.util.Set<String> KNOWN = java.util.Set.copyOf(CANONICAL.values());

    /** The event frame a term belongs to ("harm" for "killed", "wounded"), or null. */
    static String frameOf(String term) {
        return term == null ? null : FRAMES.get(term);
    }

    private static void same(String term, String... words) {
        for (String word : words) {
            CANONICAL.put(word, term);
        }
    }

    /** The term for a word, or null for a word too short or too common to tell claims apart. */
    static String of(String word) {
        String plain = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        if (plain.length() < 3) {
            return null;
        }
        String canonical = CANONICAL.get(plain);
        if (canonical != null) {
            return canonical;
        }
        String singular = singular(plain);
        canonical = CANONICAL.get(singular);
        if (canonical != null) {
            return canonical;
        }
        return Character.isUpperCase(word.codePointAt(0)) ? nameStem(plain) : singular;
    }

    private static final String[] NAME_ENDINGS = {"ians", "ian", "ans", "ese", "ia", "an", "es", "os", "as", "i", "o", "a", "s"};

    /**
     * A name and its demonym share a stem: "Arvenia", "Arvenian" and "arvenios" all give "arven". Only for
     * capitalized words, and only when four letters remain, so that short names stay whole.
     */
    private static String nameStem(String plain) {
        for (String ending : NAME_ENDINGS) {
            if (plain.endsWith(ending) && plain.length() - ending.length() >= 4) {
                return plain.substring(0, plain.length() - ending.length());
            }
        }
        return plain;
    }

    /** A rough singular for English and Spanish plurals, preferring a form the vocabulary knows. */
    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            String withoutS = word.substring(0, word.length() - 1);
            String withoutEs = word.endsWith("es") ? word.substring(0, word.length() - 2) : withoutS;
            if (!CANONICAL.containsKey(withoutS) && CANONICAL.containsKey(withoutEs)) {
                return withoutEs;
            }
            return withoutS;
        }
        return word;
    }
}
