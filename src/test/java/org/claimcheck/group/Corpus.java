package org.claimcheck.group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimcheck.CorpusFiles;
import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;

/**
 * An annotated story read as {@code score.py} reads it (article files with headers, {@code gold.json}), its
 * articles' claims extracted, and each extracted claim tied to the gold groups whose quotes its span overlaps.
 */
record Corpus(String name, List<Article> articles, List<GroupMember> members, List<Set<Integer>> goldGroups,
        List<Boolean> required, List<Boolean> goldConflicts) {

    /** An article file: outlet, url and publication day from its header, then its text. */
    record Article(String file, String outlet, String url, String published, String text) {
    }

    /** Where the evaluation stories live: the shared ones beside the project and the project's own. */
    static List<Path> directories() {
        List<Path> dirs = new ArrayList<>();
        for (Path root : CorpusFiles.ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                children.filter(dir -> Files.isRegularFile(dir.resolve("gold.json"))).sorted().forEach(dirs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dirs;
    }

    static Corpus read(Path dir) {
        try {
            List<Article> articles = new ArrayList<>();
            for (CorpusFiles.CorpusArticle file : CorpusFiles.read(dir)) {
                articles.add(new Article(file.file(), file.outlet(), file.url(), file.publishedAt(), file.text()));
            }
            ClaimExtractor extractor = new ClaimExtractor();
            List<GroupMember> members = new ArrayList<>();
            List<String> fileOf = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                LocalDate published = article.published() == null ? null : LocalDate.parse(article.published().substring(0, 10));
                for (Claim claim : extractor.extract(new ArticleInput(article.text(), null, published)).claims()) {
                    members.add(new GroupMember("a" + (i + 1), claim));
                    fileOf.add(article.file());
                }
            }
            JsonNode gold = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
            Map<String, String> textOf = new HashMap<>();
            articles.forEach(article -> textOf.put(article.file(), article.text()));
            List<Set<Integer>> goldGroups = new ArrayList<>();
            List<Boolean> required = new ArrayList<>();
            for (int m = 0; m < members.size(); m++) {
                goldGroups.add(new HashSet<>());
                required.add(false);
            }
            List<Boolean> goldConflicts = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                JsonNode conflict = gold.get(g).get("conflict");
                goldConflicts.add(conflict == null || conflict.isNull() ? null : conflict.asBoolean());
                for (JsonNode quoted : gold.get(g).get("claims")) {
                    String file = quoted.get("file").asText();
                    String text = textOf.getOrDefault(file, "");
                    String quote = quoted.get("quote").asText();
                    boolean optional = quoted.path("optional").asBoolean(false);
                    for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
                        for (int m = 0; m < members.size(); m++) {
                            Claim claim = members.get(m).claim();
                            if (fileOf.get(m).equals(file) && claim.start() < at + quote.length() && at < claim.end()) {
                                goldGroups.get(m).add(g);
                                required.set(m, required.get(m) || !optional);
                            }
                        }
                    }
                }
            }
            return new Corpus(dir.getFileName().toString(), articles, members, goldGroups, required, goldConflicts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one gold group of a claim, or -1 when it has none or several. */
    int goldGroupOf(int member) {
        Set<Integer> groups = goldGroups.get(member);
        return groups.size() == 1 ? groups.iterator().next() : -1;
    }

    /**
     * Pairwise precision, recall and F1 of a grouping over pairs of gold-tied claims from different articles, as
     * {@code score.py} counts them: a pair in one gold group and one found group is right, in one found group only
     * wrong, in one gold group only (both required) missed.
     */
    double[] pairwise(List<List<Integer>> groups) {
        int[] groupOf = groupOf(groups);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                if (goldGroups.get(a).isEmpty() || goldGroups.get(b).isEmpty()
                        || members.get(a).articleId().equals(members.get(b).articleId())) {
                    continue;
                }
                boolean sameGold = goldGroups.get(a).stream().anyMatch(goldGroups.get(b)::contains);
                boolean sameFound = groupOf[a] == groupOf[b];
                if (sameGold && sameFound) {
                    tp++;
                } else if (sameFound) {
                    fp++;
                } else if (sameGold && required.get(a) && required.get(b)) {
                    fn++;
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new double[] {precision, recall, f1};
    }

    /**
     * Conflict recall and consistent kept of a grouping and its groups' conflict flags, as {@code score.py} counts
     * them over the claims found: a gold group with claims of two articles in one found group is caught when such a
     * group is flagged (a gold conflict) or kept when none is (a consistent fact). NaN where the story has none.
     */
    double[] conflictFigures(List<List<Integer>> groups, boolean[] flagged) {
        int[] groupOf = groupOf(groups);
        int caught = 0;
        int conflicts = 0;
        int kept = 0;
        int consistent = 0;
        for (int g = 0; g < goldConflicts.size(); g++) {
            Boolean conflict = goldConflicts.get(g);
            if (conflict == null) {
                continue;
            }
            Set<String> articles = new HashSet<>();
            Set<Integer> shared = new HashSet<>();
            for (int a = 0; a < members.size(); a++) {
                if (!goldGroups.get(a).contains(g)) {
                    continue;
                }
                if (required.get(a)) {
                    articles.add(members.get(a).articleId());
                }
                for (int b = a + 1; b < members.size(); b++) {
                    if (goldGroups.get(b).contains(g) && groupOf[a] == groupOf[b]
                            && !members.get(a).articleId().equals(members.get(b).articleId())) {
                        shared.add(groupOf[a]);
                    }
                }
            }
            if (articles.size() < 2) {
                continue;
            }
            boolean anyFlagged = shared.stream().anyMatch(s -> flagged[s]);
            if (conflict) {
                conflicts++;
                caught += anyFlagged ? 1 : 0;
            } else {
                consistent++;
                kept += !shared.isEmpty() && !anyFlagged ? 1 : 0;
            }
        }
        return new double[] {conflicts == 0 ? Double.NaN : (double) caught / conflicts,
                consistent == 0 ? Double.NaN : (double) kept / consistent};
    }

    /** Each member's found group, by its index in {@code groups}. */
    private int[] groupOf(List<List<Integer>> groups) {
        int[] groupOf = new int[members.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int m : groups.get(g)) {
                groupOf[m] = g;
            }
        }
        return groupOf;
    }
}
