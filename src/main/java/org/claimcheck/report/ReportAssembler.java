package org.claimcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.claimcheck.extract.Claim;
import org.claimcheck.group.ClaimGrouper;
import org.claimcheck.group.Deadline;
import org.claimcheck.group.GroupMember;
import org.claimcheck.reconcile.GroupReconciler;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.reconcile.Reliability;

/**
 * Builds a report from analyzed articles: groups the claims across articles, estimates outlet reliability,
 * reconciles each group, and lists conflicts first, the most severe on top.
 */
public final class ReportAssembler {

    private final ClaimGrouper grouper;
    private final GroupReconciler reconciler;
    private final Reliability reliability = new Reliability();

    /** Grouping with the model shipped with the service. */
    public ReportAssembler() {
        this(new ClaimGrouper());
    }

    public ReportAssembler(ClaimGrouper grouper) {
        this.grouper = grouper;
        this.reconciler = reconcilerFor(grouper);
    }

    /** How many pairs of claims assembling a report over these articles compares ({@link ClaimGrouper#comparisons}). */
    public static long comparisons(List<AnalyzedArticle> articles) {
        return ClaimGrouper.comparisons(members(articles));
    }

    private static List<GroupMember> members(List<AnalyzedArticle> articles) {
        List<GroupMember> members = new ArrayList<>();
        for (AnalyzedArticle article : articles) {
            for (Claim claim : article.claims().claims()) {
                members.add(new GroupMember(article.id(), claim));
            }
        }
        return members;
    }

    /**
     * The reconciler that goes with a grouper: it sets against each other only claims the grouper holds surely one
     * fact, so that a member pulled into a group by a chain of links, or linked on weak evidence, raises no conflict
     * on its own. The store reconciles with the same, so that its groups' statuses are a report's.
     */
    public static GroupReconciler reconcilerFor(ClaimGrouper grouper) {
        return new GroupReconciler(group -> {
            // each member's features are read once per group, not once per pair: a group can hold thousands
            Map<ReconcileInput, ClaimGrouper.Prepared> prepared = new IdentityHashMap<>();
            java.util.function.Function<ReconcileInput, ClaimGrouper.Prepared> features =
                    claim -> prepared.computeIfAbsent(claim, c -> grouper.prepare(new GroupMember(c.articleId(), c.claim())));
            return (a, b) -> grouper.surelySameFact(features.apply(a), features.apply(b));
        });
    }

    public Report assemble(List<AnalyzedArticle> articles) {
        return assemble(articles, Deadline.none());
    }

    /**
     * The report over the articles, given up once the deadline has passed.
     *
     * @throws Deadline.Exceeded when it has
     */
    public Report assemble(List<AnalyzedArticle> articles, Deadline deadline) {
        List<ReconcileInput> inputs = new ArrayList<>();
        List<GroupMember> members = members(articles);
        for (AnalyzedArticle article : articles) {
            for (Claim claim : article.claims().claims()) {
                inputs.add(new ReconcileInput("c" + (inputs.size() + 1), article.id(), article.outlet(), claim));
            }
        }
        List<List<ReconcileInput>> grouped = new ArrayList<>();
        for (List<Integer> indexes : grouper.group(members, deadline)) {
            grouped.add(indexes.stream().map(inputs::get).toList());
        }
        Map<String, Double> outletReliability = reliability.estimate(grouped);
        List<ClaimGroup> groups = new ArrayList<>();
        for (List<ReconcileInput> group : grouped) {
            deadline.check();
            groups.add(ClaimGroup.of("", GroupLabel.of(group.stream().map(ReconcileInput::claim).toList()), group,
                    reconciler.reconcile(group, outletReliability)));
        }
        groups.sort(Comparator.comparingInt((ClaimGroup group) -> group.status().ordinal())
                .thenComparing(Comparator.comparingDouble(ClaimGroup::severity).reversed()));
        List<String> ids = new ArrayList<>(groups.size());
        List<GroupFrame> frames = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            ids.add("g" + (i + 1));
            frames.add(GroupFrame.of(groups.get(i).claims().stream().map(ReportedClaim::claim).toList()));
        }
        List<ClaimGroup> numbered = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            deadline.check();
            List<String> related = new ArrayList<>();
            for (int j = 0; j < groups.size(); j++) {
                if (i != j && frames.get(i).relatedTo(frames.get(j))) {
                    related.add(ids.get(j));
                }
            }
            numbered.add(groups.get(i).withId(ids.get(i), related));
        }
        return new Report(articles, numbered, outletReliability);
    }

}
