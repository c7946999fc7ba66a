package org.claimcheck.claimstore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.claimcheck.extract.ArticleInput;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.analysis.GroupingEngine;
import org.claimcheck.group.ClaimGrouper;
import org.claimcheck.group.GroupIndex;
import org.claimcheck.report.ReportAssembler;
import org.claimcheck.group.GroupMember;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleDeleting;
import org.claimcheck.extract.TooManyClaimsException;
import org.claimcheck.group.Deadline;
import org.claimcheck.ingest.ArticleCompanion;
import org.claimcheck.ingest.IngestLimits;
import org.claimcheck.ingest.LimitExceededException;
import org.claimcheck.ingest.PreparedArticle;
import org.claimcheck.ingest.StorableText;
import org.claimcheck.reconcile.GroupReconciler;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.reconcile.Reliability;
import org.claimcheck.reconcile.Verdict;
import org.jboss.logging.Logger;

/**
 * The stored claims and their groups: the one entry point of {@code claimstore}. When an article is stored its
 * claims are extracted before its transaction, then persisted and grouped inside it, so that an article is never
 * stored without its claims; when one is deleted its claims leave their groups. Either way the
 * components of the link graph that changed are regrouped by the engine of a report, so the stored groups are those
 * {@code POST /api/analyze} gives for the stored articles. The groups live in an in-memory {@link GroupIndex} rebuilt
 * from the database at start-up; the database keeps each claim's group and each group's reconciled status for
 * queries.
 */
@ApplicationScoped
public class ClaimCatalog implements ArticleCompanion {

    private static final Logger LOG = Logger.getLogger(ClaimCatalog.class);
    private static final int MISSING_CLAIMS_TIMEOUT_SECONDS = 600;

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ClaimExtractor extractor = new ClaimExtractor();
    private final ClaimGrouper grouper;
    private final GroupReconciler reconciler;
    private final Reliability reliability = new Reliability();
    private final IngestLimits limits;
    private final TransactionSynchronizationRegistry transactions;

    /** Guards everything below: the index and the caches change together. */
    private final Object lock = new Object();
    private GroupIndex index;
    private final Map<Long, ReconcileInput> claims = new HashMap<>();
    private Map<String, Double> outletReliability = Map.of();
    private boolean reliabilityStale = true;
    private final Map<Long, Placement> written = new HashMap<>();
    /** Written under the lock; read without it by {@link #version()}, so that a reader of a cached answer never waits. */
    private volatile long version;
    private volatile boolean loaded;

    /** Set when a write has changed the index, until its transaction ends; the index is dropped if it fails. */
    private boolean writing;

    public ClaimCatalog(EntityManager entityManager, ObjectMapper json, GroupingEngine grouping, IngestLimits limits,
            TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.json = json;
        this.grouper = grouping.grouper();
        this.reconciler = ReportAssembler.reconcilerFor(grouper);
        this.limits = limits;
        this.transactions = transactions;
    }

    /** Articles stored before their claims were kept get them now. */
    void onStart(@Observes io.quarkus.runtime.StartupEvent event) {
        int analyzed = analyzeMissing();
        if (analyzed > 0) {
            LOG.infof("Claims extracted for %d stored articles that had none", analyzed);
        }
    }

    /** The claims of an article about to be stored, extracted before its transaction opens. */
    private record ExtractedClaims(List<Claim> claims) implements ArticleCompanion.Prepared {
    }

    @Override
    public ArticleCompanion.Prepared prepare(PreparedArticle article, String field) {
        try {
            return new ExtractedClaims(extractor.extract(
                    new ArticleInput(article.text(), article.language(),
                            article.published() == null ? null : article.published().date()),
                    limits.maxClaimsPerArticle()).claims());
        } catch (TooManyClaimsException e) {
            throw new LimitExceededException(field, String.format(java.util.Locale.ROOT, "holds more than %,d claims "
                    + "with checkable values, the limit of one article", e.limit()));
        }
    }

    /**
     * The whole transaction runs under the lock, until it has committed or rolled back: the next article's claims may
     * join the groups these create, and must find their rows in the database.
     */
    @Override
    public <T> T exclusively(java.util.function.Supplier<T> transaction) {
        synchronized (lock) {
            ensureLoaded();
            try {
                return transaction.get();
            } finally {
                writing = false;
            }
        }
    }

    @Override
    public void store(List<ArticleCompanion.Created> created, String field) {
        synchronized (lock) {
            ensureLoaded(); // dropped by a failed attempt of the same write
            writing = true;
            Deadline deadline = Deadline.after(limits.timeBudget());
            java.util.SortedMap<Long, GroupMember> added = new java.util.TreeMap<>();
            for (ArticleCompanion.Created article : created) {
                added.putAll(persistClaims(article.article(), ((ExtractedClaims) article.prepared()).claims()));
            }
            if (added.isEmpty()) {
                return;
            }
            try {
                // The components the new claims join are regrouped: groups may merge, split or take new members.
                refreshGroups(index.add(added, deadline, limits.maxLinksPerWrite()));
            } catch (Deadline.Exceeded e) {
                throw new LimitExceededException(field, "could not be grouped with the stored claims within the time "
                        + "budget of " + limits.timeBudget().toSeconds() + " s; nothing was stored");
            } catch (GroupIndex.TooManyLinksException e) {
                throw new LimitExceededException(field, String.format(java.util.Locale.ROOT, "holds claims that would "
                        + "make more than %,d links with each other and the stored claims, the limit of one write; "
                        + "nothing was stored", e.limit()));
            }
        }
    }

    @Override
    public void discard() {
        synchronized (lock) {
            if (writing) {
                LOG.info("A write failed after changing the grouping index; the index is reloaded");
                reload();
                writing = false;
            }
        }
    }

    /** Runs inside the deleting transaction: the article's claims leave their groups before the article goes. */
    void articleDeleting(@Observes ArticleDeleting event) {
        synchronized (lock) {
            ensureLoaded();
            // The index changes now, before the deletion commits: if it does not, the index is loaded again.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != Status.STATUS_COMMITTED) {
                        LOG.info("A deletion was rolled back after changing the grouping index; the index is reloaded");
                        reload();
                    }
                }
            });
            Set<Long> changed = index.removeArticle(articleKey(event.articleId()));
            String article = articleKey(event.articleId());
            claims.entrySet().removeIf(entry -> {
                boolean gone = entry.getValue().articleId().equals(article);
                if (gone) {
                    written.remove(entry.getKey());
                }
                return gone;
            });
            StoredClaim.delete("articleId", event.articleId());
            entityManager.flush();
            refreshGroups(changed);
        }
    }

    /** Extracts and persists the claims of one stored article that has none yet; by claim id, what grouping needs. */
    private java.util.SortedMap<Long, GroupMember> storeClaims(long articleId) {
        Article article = Article.findById(articleId);
        if (article == null || StoredClaim.count("articleId", articleId) > 0) {
            return new java.util.TreeMap<>();
        }
        return persistClaims(article,
                extractor.extract(new ArticleInput(article.text, article.language, article.publishedOn)).claims());
    }

    /** Persists an article's claims; by claim id, what grouping needs. */
    private java.util.SortedMap<Long, GroupMember> persistClaims(Article article, List<Claim> found) {
        long articleId = article.id;
        java.util.SortedMap<Long, GroupMember> added = new java.util.TreeMap<>();
        for (int position = 0; position < found.size(); position++) {
            Claim claim = found.get(position);
            StoredClaim row = new StoredClaim();
            row.articleId = articleId;
            row.position = position;
            row.kind = claim.value().kind().name();
            row.claimText = StorableText.truncate(claim.text(), 500);
            row.body = write(ClaimRecord.of(claim));
            row.persist();
            added.put(row.id, new GroupMember(articleKey(articleId), claim));
            claims.put(row.id, new ReconcileInput(claimKey(row.id), articleKey(articleId), article.outlet.name, claim));
        }
        entityManager.flush();
        return added;
    }

    /** Reconciles the changed groups, and writes their rows and their claims' group and conflicts. */
    private void refreshGroups(Set<Long> changed) {
        version++;
        reliabilityStale = true; // re-estimated when next asked for: it spans every group, so not on every change
        // Groups that still have claims first, so that claims leaving an emptied group are moved before its row goes
        // (a claim's row refers to its group's); then, in id order, the emptied ones.
        List<Long> order = new ArrayList<>(new java.util.TreeSet<>(changed));
        order.sort(java.util.Comparator.comparing(groupId -> index.members(groupId).isEmpty()));
        for (long groupId : order) {
            List<Long> memberIds = index.members(groupId);
            StoredGroup row = StoredGroup.findById(groupId);
            if (memberIds.isEmpty()) {
                if (row != null) {
                    row.delete();
                }
                continue;
            }
            List<ReconcileInput> members = memberIds.stream().map(claims::get).toList();
            Verdict verdict = reconciler.reconcile(members, outletReliability);
            if (row == null) {
                row = new StoredGroup();
                row.id = groupId;
            }
            GroupSummary summary = GroupSummary.of(members);
            row.label = summary.label();
            row.kind = summary.kind().name();
            row.status = verdict.status().name();
            row.statusRank = verdict.status().ordinal();
            row.severity = verdict.severity();
            row.sources = verdict.sources();
            row.claimCount = members.size();
            row.outletCount = summary.outlets().size();
            row.consensus = write(ValueRecord.of(verdict.consensus()));
            row.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            row.persist();
            entityManager.flush();
            for (long claimId : memberIds) {
                List<String> conflicts = verdict.conflictsWith().getOrDefault(claimKey(claimId), List.of());
                Placement placement = new Placement(groupId, conflicts.isEmpty() ? null : String.join(",", conflicts));
                if (placement.equals(written.get(claimId))) {
                    continue; // only claims whose group or contradictions changed are written
                }
                StoredClaim claim = StoredClaim.findById(claimId);
                if (claim != null) {
                    claim.groupId = placement.groupId();
                    claim.conflictsWith = placement.conflictsWith();
                    written.put(claimId, placement);
                }
            }
        }
    }

    private List<List<ReconcileInput>> allGroups() {
        List<List<ReconcileInput>> groups = new ArrayList<>();
        for (long groupId : index.groupIds()) {
            groups.add(index.members(groupId).stream().map(claims::get).toList());
        }
        return groups;
    }

    /** Per outlet name, how many claims its stored articles hold; outlets without claims are absent. */
    public Map<String, Long> claimCounts() {
        Map<String, Long> counts = new HashMap<>();
        entityManager.createQuery("select o.name, count(c) from StoredClaim c, Article a join a.outlet o "
                + "where c.articleId = a.id group by o.name", Object[].class).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Per outlet name, the reliability estimated from how often it agrees with the groups' consensus. */
    public Map<String, Double> reliability() {
        synchronized (lock) {
            ensureLoaded();
            return currentReliability();
        }
    }

    private Map<String, Double> currentReliability() {
        if (reliabilityStale) {
            outletReliability = reliability.estimate(allGroups());
            reliabilityStale = false;
        }
        return outletReliability;
    }

    /** A claim's group and contradictions as last written to its row. */
    private record Placement(long groupId, String conflictsWith) {
    }

    /** The members of a group as the reconciler saw them, or empty when there is no such group. */
    public Optional<List<ReconcileInput>> group(long groupId) {
        synchronized (lock) {
            ensureLoaded();
            List<Long> members = index.members(groupId);
            return members.isEmpty() ? Optional.empty() : Optional.of(members.stream().map(claims::get).toList());
        }
    }

    /** A number that changes whenever any group does, for caching answers built from the groups. */
    public long version() {
        if (!loaded) {
            synchronized (lock) {
                ensureLoaded();
            }
        }
        return version;
    }

    /** Loads the index from the database on first use, then stores the claims of articles that have none yet. */
    private void ensureLoaded() {
        if (index != null) {
            return;
        }
        index = new GroupIndex(grouper);
        claims.clear();
        written.clear();
        List<Object[]> rows = entityManager.createQuery(
                "select c.id, c.articleId, c.groupId, c.body, o.name from StoredClaim c, Article a join a.outlet o "
                        + "where c.articleId = a.id order by c.id", Object[].class).getResultList();
        for (Object[] row : rows) {
            long claimId = (Long) row[0];
            long articleId = (Long) row[1];
            Claim claim = read((String) row[3], ClaimRecord.class).toClaim();
            String article = articleKey(articleId);
            index.restore(claimId, new GroupMember(article, claim), (Long) row[2]);
            claims.put(claimId, new ReconcileInput(claimKey(claimId), article, (String) row[4], claim));
        }
        // The stored groups are kept where the engine agrees; where it does not (claims never placed, a change of
        // engine, a write lost in a failure), the groups it gives are written now, in a transaction of their own.
        Set<Long> changed = index.regroupRestored();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!changed.isEmpty()) {
                    refreshGroups(changed);
                }
                // Group rows no claim refers to any more (left by a write lost in a failure) would still be listed.
                entityManager.createQuery("delete from StoredGroup g where not exists "
                        + "(select 1 from StoredClaim c where c.groupId = g.id)").executeUpdate();
            });
        } catch (RuntimeException e) {
            index = null; // loaded again on next use
            throw e;
        }
        reliabilityStale = true;
        loaded = true;
        LOG.infof("Grouping index loaded: %d claims in %d groups, %d groups rewritten", index.size(),
                index.groupIds().size(), changed.size());
    }

    /** Drops the in-memory state after a failure; the next use reloads it from the database. */
    void reload() {
        synchronized (lock) {
            loaded = false;
            index = null;
            version++;
        }
    }

    /** Stored articles that have no claims yet (stored before claims were kept, or whose analysis failed). */
    public int analyzeMissing() {
        List<Long> missing = entityManager.createQuery(
                "select a.id from Article a where not exists (select 1 from StoredClaim c where c.articleId = a.id)", Long.class)
                .getResultList();
        if (missing.isEmpty()) {
            return 0;
        }
        // All at once: the components they join are regrouped once, not once per article, so that a restart after
        // a crash in the middle of a large batch completes its claims in one regrouping.
        synchronized (lock) {
            try {
                // a whole batch cut off by a crash can take longer than one request's transaction timeout
                QuarkusTransaction.requiringNew().timeout(MISSING_CLAIMS_TIMEOUT_SECONDS).run(() -> {
                    ensureLoaded();
                    for (long articleId : missing) {
                        storeClaims(articleId).forEach((claimId, member) -> index.restore(claimId, member, null));
                    }
                    refreshGroups(index.regroupRestored());
                });
            } catch (RuntimeException e) {
                LOG.errorf(e, "Claims of %d stored articles could not be stored; the grouping index is reloaded", missing.size());
                reload();
            }
        }
        return missing.size();
    }

    static String articleKey(long articleId) {
        return "a" + articleId;
    }

    static String claimKey(long claimId) {
        return "c" + claimId;
    }

    /** A claim or value record as the JSON of its column. */
    private String write(Record record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record always serializes", e);
        }
    }



    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " no longer reads", e);
        }
    }

    // ---- queries ----------------------------------------------------------------------------------------

    /** Groups that pass the filter: conflicts first, the most severe on top, then evolving, consistent, single-source. */
    public GroupPage listGroups(GroupFilter filter, org.claimcheck.ingest.PageRequest page) {
        // Read from the group rows alone, committed under the lock: a listing need not wait for a write in progress.
        StringBuilder query = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters parameters = new io.quarkus.panache.common.Parameters();
        filter.status().ifPresent(status -> {
            query.append(" and status = :status");
            parameters.and("status", status);
        });
        filter.kind().ifPresent(kind -> {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        });
        filter.outlet().ifPresent(outlet -> {
            query.append(" and id in (select c.groupId from StoredClaim c, Article a where c.articleId = a.id"
                    + " and a.outlet.key = :outlet)");
            parameters.and("outlet", outlet.value());
        });
        filter.text().ifPresent(text -> {
            query.append(" and (lower(label) like :text escape '!' or id in (select c.groupId from StoredClaim c"
                    + " where lower(c.claimText) like :text escape '!'))");
            parameters.and("text", "%" + likeEscaped(text.toLowerCase(java.util.Locale.ROOT)) + "%");
        });
        var found = StoredGroup.find(query.toString(),
                io.quarkus.panache.common.Sort.by("statusRank").and("severity", io.quarkus.panache.common.Sort.Direction.Descending)
                        .and("id"), parameters).page(page.index(), page.size());
        return new GroupPage(found.list(), page, found.count());
    }

    /** User text inside a LIKE pattern matches literally: its wildcards are escaped. */
    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A stored group and its claims, each with its article's id and outlet and the claims it contradicts. */
    public Optional<GroupDetail> groupDetail(long groupId) {
        StoredGroup group = StoredGroup.findById(groupId);
        if (group == null) {
            return Optional.empty();
        }
        List<ReportedClaimRow> rows = new ArrayList<>();
        for (StoredClaim claim : StoredClaim.ofGroup(groupId)) {
            Article article = Article.findById(claim.articleId);
            rows.add(new ReportedClaimRow(claimKey(claim.id), articleKey(claim.articleId), article.outlet.name,
                    article.publication().map(org.claimcheck.ingest.PublicationTime::toIso).orElse(null),
                    read(claim.body, ClaimRecord.class).toClaim(),
                    claim.conflictsWith == null ? List.of() : List.of(claim.conflictsWith.split(","))));
        }
        return Optional.of(new GroupDetail(group, read(group.consensus, ValueRecord.class).toValue(), rows,
                relatedGroups(groupId)));
    }

    /**
     * The groups on the same measure and event as this one from another source or in another role, as a report names
     * them; read from the index, so a group just written may not be there yet.
     */
    private List<String> relatedGroups(long groupId) {
        return relatedIn(groupFrames(), groupId);
    }

    /** Every group's frame, taken from the index under the lock. */
    private Map<Long, org.claimcheck.report.GroupFrame> groupFrames() {
        Map<Long, org.claimcheck.report.GroupFrame> frames = new java.util.TreeMap<>();
        synchronized (lock) {
            ensureLoaded();
            for (long id : index.groupIds()) {
                frames.put(id, org.claimcheck.report.GroupFrame.of(
                        index.members(id).stream().map(claimId -> claims.get(claimId).claim()).toList()));
            }
        }
        return frames;
    }

    private static List<String> relatedIn(Map<Long, org.claimcheck.report.GroupFrame> frames, long groupId) {
        org.claimcheck.report.GroupFrame frame = frames.get(groupId);
        List<String> related = new ArrayList<>();
        if (frame != null) {
            frames.forEach((id, other) -> {
                if (id != groupId && frame.relatedTo(other)) {
                    related.add("g" + id);
                }
            });
        }
        return related;
    }

    /**
     * The conflict report of CONTRACT.md over the whole store, restricted to the groups worth a reader's attention:
     * CONFLICT (most severe first) and EVOLVING. Built from memory and cached until the groups change.
     */
    public org.claimcheck.report.Report conflictReport() {
        // The groups' members are taken under the lock; reconciling them and reading their articles happen outside
        // it, so that writers are not held up while a large report is built.
        long snapshotVersion;
        List<StoredGroup> rows;
        Map<Long, List<ReconcileInput>> membersByGroup = new HashMap<>();
        Map<String, Double> reliabilityNow;
        synchronized (lock) {
            ensureLoaded();
            if (cachedReport != null && cachedReportVersion == version) {
                return cachedReport;
            }
            snapshotVersion = version;
            rows = StoredGroup.list("statusRank <= 1 order by statusRank, severity desc, id");
            for (StoredGroup row : rows) {
                membersByGroup.put(row.id, index.members(row.id).stream().map(claims::get).toList());
            }
            reliabilityNow = currentReliability();
        }
        List<org.claimcheck.report.ClaimGroup> groups = new ArrayList<>();
        Map<Long, org.claimcheck.report.GroupFrame> frames = groupFrames();
        Map<String, List<Claim>> claimsByArticle = new java.util.LinkedHashMap<>();
        for (StoredGroup row : rows) {
            List<ReconcileInput> members = membersByGroup.get(row.id);
            if (members.isEmpty()) {
                continue;
            }
            Verdict verdict = reconciler.reconcile(members, reliabilityNow);
            for (ReconcileInput member : members) {
                claimsByArticle.computeIfAbsent(member.articleId(), id -> new ArrayList<>()).add(member.claim());
            }
            groups.add(org.claimcheck.report.ClaimGroup.of("g" + row.id, row.label, members, verdict)
                    .withId("g" + row.id, relatedIn(frames, row.id)));
        }
        List<Long> articleIds = claimsByArticle.keySet().stream().map(key -> Long.parseLong(key.substring(1))).toList();
        Map<Long, Article> articles = new HashMap<>();
        if (!articleIds.isEmpty()) {
            Article.<Article>list("id in ?1", articleIds).forEach(article -> articles.put(article.id, article));
        }
        List<org.claimcheck.report.AnalyzedArticle> analyzed = new ArrayList<>();
        for (Map.Entry<String, List<Claim>> entry : claimsByArticle.entrySet()) {
            Article article = articles.get(Long.parseLong(entry.getKey().substring(1)));
            if (article == null) {
                continue;
            }
            org.claimcheck.extract.ReferenceDate reference = article.publishedOn == null
                    ? org.claimcheck.extract.ReferenceDate.none()
                    : new org.claimcheck.extract.ReferenceDate(article.publishedOn, org.claimcheck.extract.ReferenceDate.Source.PUBLISHED);
            org.claimcheck.normalize.Language language = entry.getValue().get(0).language();
            analyzed.add(new org.claimcheck.report.AnalyzedArticle(entry.getKey(), article.outlet.name, article.url,
                    article.publication().map(org.claimcheck.ingest.PublicationTime::toIso).orElse(null),
                    new org.claimcheck.extract.ArticleClaims(language, reference, entry.getValue())));
        }
        org.claimcheck.report.Report report = new org.claimcheck.report.Report(analyzed, groups, reliabilityNow);
        synchronized (lock) {
            if (cachedReport == null || cachedReportVersion < snapshotVersion) {
                cachedReport = report;
                cachedReportVersion = snapshotVersion;
            }
        }
        return report;
    }

    private org.claimcheck.report.Report cachedReport;
    private long cachedReportVersion = -1;

    /**
     * Where the stored claims of one article are: each claim's id and group, in text order. Empty for an unknown
     * article or one whose claims are not stored yet.
     */
    public List<Placed> placementsOf(long articleId) {
        return StoredClaim.ofArticle(articleId).stream()
                .map(claim -> {
                    Claim stored = read(claim.body, ClaimRecord.class).toClaim();
                    return new Placed(claim.position, stored.start(), stored.end(), claimKey(claim.id),
                            claim.groupId == null ? null : "g" + claim.groupId);
                })
                .toList();
    }

    /** A stored claim's place: its position among its article's claims, its span, its id ("c7") and its group ("g3"). */
    public record Placed(int position, int start, int end, String claimId, String groupId) {
    }

    /** A claim of a group as the API shows it. */
    public record ReportedClaimRow(String id, String articleId, String outlet, String publishedAt, Claim claim,
            List<String> conflictsWith) {
    }

    /** A group with its consensus value and claims. */
    public record GroupDetail(StoredGroup group, org.claimcheck.normalize.Value consensus, List<ReportedClaimRow> claims,
            List<String> relatedGroups) {
    }

}
