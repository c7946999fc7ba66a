package org.claimcheck.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.claimcheck.extract.Claim;
import org.claimcheck.extract.Modality;
import org.claimcheck.group.GroupIndex;
import org.claimcheck.group.GroupMember;
import org.claimcheck.normalize.DateValue;
import org.claimcheck.normalize.Language;
import org.claimcheck.normalize.NumericValue;
import org.claimcheck.normalize.Qualifier;
import org.claimcheck.normalize.Value;
import org.claimcheck.normalize.ValueKind;

/**
 * Grows the store's grouping index, an article at a time, to 1k, 10k and 100k synthetic claims (or the sizes given
 * as arguments, {@code -Dbench.args="1000 5000"}) and reports, per size, the time to
 * place them all and the heap the index holds. Claims come from synthetic facts: each fact has its own names,
 * event words, counted noun and value, and is reported by several articles with some noise, so the index has
 * real matching work to do. A single-shot measurement of growth, so a plain program rather than JMH.
 * Run with {@code ./mvnw -Pbench test -Dbench.main=org.claimcheck.bench.GroupingBenchmark}.
 */
public final class GroupingBenchmark {

    private static final String[] NOUNS = {"soldiers", "people", "containers", "missiles", "homes", "votes", "schools",
        "prisoners", "refugees", "vehicles", "drones", "jobs"};
    private static final String[] VERBS = {"killed", "deployed", "sent", "destroyed", "counted", "released", "built",
        "evacuated", "seized", "delivered", "lost", "recorded"};
    private static final int CLAIMS_PER_ARTICLE = 10;
    private static final int REPORTS_PER_FACT = 4;

    private GroupingBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000, 100_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        place(generate(2_000, new Random(7))); // warm-up
        System.out.println("claims | seconds | claims/s | groups | heap held (MB)");
        for (int size : sizes) {
            List<GroupMember> claims = generate(size, new Random(size));
            System.gc();
            long before = usedHeap();
            long start = System.nanoTime();
            GroupIndex index = place(claims);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            long held = usedHeap() - before;
            System.out.printf("%,d | %.2f | %,.0f | %,d | %.0f%n", size, seconds, size / seconds, index.groupIds().size(),
                    held / 1e6);
        }
    }

    private static GroupIndex place(List<GroupMember> claims) {
        GroupIndex index = new GroupIndex();
        java.util.SortedMap<Long, GroupMember> article = new java.util.TreeMap<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!article.isEmpty() && !claims.get(i).articleId().equals(article.get(article.lastKey()).articleId())) {
                index.add(article);
                article = new java.util.TreeMap<>();
            }
            article.put(i + 1L, claims.get(i));
        }
        if (!article.isEmpty()) {
            index.add(article);
        }
        return index;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Claims of synthetic facts, each fact reported by a few articles in slightly different words and values. */
    static List<GroupMember> generate(int size, Random random) {
        List<GroupMember> claims = new ArrayList<>(size);
        int facts = Math.max(1, size / REPORTS_PER_FACT);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < size; i++) {
            int fact = random.nextInt(facts);
            Random factRandom = new Random(fact * 31L + 17);
            String place = "Place" + fact;
            String person = "Leader" + factRandom.nextInt(facts);
            String noun = NOUNS[factRandom.nextInt(NOUNS.length)];
            String verb = VERBS[factRandom.nextInt(VERBS.length)];
            LocalDate day = start.plusDays(factRandom.nextInt(1_800));
            int kindPick = factRandom.nextInt(10);
            Value value;
            if (kindPick < 6) {
                long base = 10 + factRandom.nextInt(50_000);
                long reported = random.nextInt(5) == 0 ? base + random.nextInt((int) Math.max(2, base / 3)) : base;
                value = NumericValue.exact(ValueKind.COUNT, BigDecimal.valueOf(reported), null);
            } else if (kindPick < 8) {
                value = DateValue.of(day, day, Qualifier.EXACT);
            } else {
                value = NumericValue.exact(ValueKind.MONEY, BigDecimal.valueOf(1_000_000L * (1 + factRandom.nextInt(900))), "USD");
            }
            List<String> eventWords = List.of(verb, place.toLowerCase(), "noise" + random.nextInt(2_000),
                    "word" + random.nextInt(500), noun);
            String subject = value.kind() == ValueKind.COUNT ? noun : person + " " + verb;
            Claim claim = new Claim(0, 5, "12345", value, "A sentence.", subject,
                    value.kind() == ValueKind.COUNT ? noun : null, eventWords, List.of(place, person), List.of(), null,
                    Modality.FACT, day, day, Language.EN, false);
            claims.add(new GroupMember("a" + (i / CLAIMS_PER_ARTICLE), claim));
        }
        return claims;
    }
}
