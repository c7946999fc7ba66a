package org.claimcheck.claimstore;

import org.claimcheck.CorpusFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.group.ClaimGrouper;
import org.claimcheck.group.GroupIndex;
import org.claimcheck.group.GroupMember;
import org.claimcheck.ingest.PublicationTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The store's index and a report's grouping, with the real engine and no service around them: on every corpus, the
 * index fed an article at a time holds the groups {@link ClaimGrouper#group} gives for all the articles at once;
 * taking any one article out gives the groups of the others (a split), and putting it back those of all again
 * (a merge).
 */
class GroupIndexCorpusTests {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    private static final ClaimGrouper GROUPER = new ClaimGrouper();

    static List<CorpusFiles.Corpus> corpora() {
        return CorpusFiles.all();
    }

    /** Each article's claims, as the store and a report extract them. */
    private static List<List<Claim>> extract(CorpusFiles.Corpus corpus) {
        List<List<Claim>> claims = new ArrayList<>();
        for (CorpusFiles.CorpusArticle article : corpus.articles()) {
            java.time.LocalDate day = article.publishedAt() == null ? null : PublicationTime.parse(article.publishedAt()).date();
            claims.add(EXTRACTOR.extract(new ArticleInput(article.text(), null, day)).claims());
        }
        return claims;
    }

    private static String key(int article, Claim claim) {
        return article + ":" + claim.start() + "-" + claim.end();
    }

    /** The report's groups over these articles, in this order, as sets of claim keys. */
    private static Set<Set<String>> analyzed(List<List<Claim>> claims, List<Integer> order) {
        List<GroupMember> members = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int article : order) {
            for (Claim claim : claims.get(article)) {
                members.add(new GroupMember("a" + article, claim));
                keys.add(key(article, claim));
            }
        }
        Set<Set<String>> groups = new HashSet<>();
        for (List<Integer> group : GROUPER.group(members)) {
            Set<String> names = new TreeSet<>();
            group.forEach(i -> names.add(keys.get(i)));
            groups.add(names);
        }
        return groups;
    }

    private static Set<Set<String>> stored(GroupIndex index, java.util.Map<Long, String> keys) {
        Set<Set<String>> groups = new HashSet<>();
        for (long groupId : index.groupIds()) {
            Set<String> names = new TreeSet<>();
            index.members(groupId).forEach(claimId -> names.add(keys.get(claimId)));
            groups.add(names);
        }
        return groups;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void theIndexHoldsTheReportsGroupsAsArticlesComeAndGo(CorpusFiles.Corpus corpus) {
        List<List<Claim>> claims = extract(corpus);
        GroupIndex index = new GroupIndex(GROUPER);
        java.util.Map<Long, String> keys = new java.util.HashMap<>();
        long[] nextId = {1};
        java.util.function.IntConsumer store = article -> {
            SortedMap<Long, GroupMember> added = new TreeMap<>();
            for (Claim claim : claims.get(article)) {
                keys.put(nextId[0], key(article, claim));
                added.put(nextId[0]++, new GroupMember("a" + article, claim));
            }
            index.add(added);
        };
        List<Integer> order = new ArrayList<>();
        for (int article = 0; article < claims.size(); article++) {
            store.accept(article);
            order.add(article);
            assertEquals(analyzed(claims, order), stored(index, keys), corpus + " after " + (article + 1) + " articles");
        }
        Set<Set<String>> whole = stored(index, keys);
        for (int article = 0; article < claims.size(); article++) {
            index.removeArticle("a" + article);
            order.remove(Integer.valueOf(article));
            assertEquals(analyzed(claims, order), stored(index, keys), corpus + " without article " + article);
            store.accept(article);
            order.add(article);
            assertEquals(analyzed(claims, order), stored(index, keys), corpus + " with article " + article + " back, last");
            assertEquals(whole, stored(index, keys), corpus + " with article " + article + " back: the groups of all");
        }
    }
}
