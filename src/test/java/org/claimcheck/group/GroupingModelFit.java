package org.claimcheck.group;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimcheck.reconcile.GroupReconciler;
import org.claimcheck.reconcile.ReconcileInput;
import org.claimcheck.reconcile.Verdict;

/**
 * Fits the {@link PairModel} on the annotated stories and reports it on stories it was not fit on.
 *
 * <p>Logistic regression by Newton's method with an L2 penalty, written here because it is twenty lines and the
 * libraries that offer it (Smile, Tribuo) would bring a machine-learning stack into the build for one fit. Each
 * story's pairs weigh as much in total as any other's, so a long story does not decide the weights alone. The link
 * cut-offs of clustering (link, average link, weakest link, repeat link) are then chosen, among a fixed grid, as those whose
 * groups score the best mean pairwise F1 on the training stories.
 *
 * <pre>
 * ./mvnw -q -Pbench test -Dbench.main=org.claimcheck.group.GroupingModelFit \
 *     -Dbench.args="--out src/main/resources/grouping/pair-model.properties --loso-dir target/loso-models"
 * </pre>
 * prints, per story, the pairwise precision, recall and F1 of the model fit on all the other stories
 * (leave-one-story-out), writes those models to {@code --loso-dir} as {@code <story>.properties}, and writes the
 * model fit on every story to {@code --out}. With {@code --reports DIR} it also writes, per story, the report of
 * {@code POST /api/analyze} under its leave-one-out model, for {@code score.py --report}.
 */
public final class GroupingModelFit {

    private static final Semantics SEMANTICS = new Semantics();
    private static final double L2 = 1.0;
    private static final double PAIRS_PER_STORY = 1000;
    private static final double[] LINKS = {0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8};
    private static final double[] AVERAGES = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5};
    private static final double[] WEAKEST = {0, 0.01, 0.02, 0.05, 0.1};
    /** 0: claims of one article need no more than other claims to meet in a group. */
    private static final double[] REPEATS = {0, 0.3, 0.4, 0.5, 0.6};
    private static final double[] CONFLICT_LINKS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7};

    private record Pair(double[] x, double y, double weight) {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Path losoDir = null;
        Path reports = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--loso-dir" -> losoDir = Path.of(args[++i]);
                case "--reports" -> reports = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Corpus> corpora = Corpus.directories().stream().map(Corpus::read).toList();
        System.out.printf(Locale.ROOT, "%-32s %6s %6s %6s   (leave one story out)%n", "story", "P", "R", "F1");
        double sum = 0;
        for (Corpus held : corpora) {
            List<Corpus> training = corpora.stream().filter(c -> c != held).toList();
            PairModel model = fit(training);
            double[] figures = held.pairwise(new ClaimGrouper(model, SEMANTICS).group(held.members()));
            sum += figures[2];
            System.out.printf(Locale.ROOT, "%-32s %6.2f %6.2f %6.2f   links %.2f %.2f %.2f %.2f, conflict %.2f%n",
                    held.name(), figures[0], figures[1], figures[2], model.threshold(), model.averageLink(),
                    model.weakestLink(), model.repeatLink(), model.conflictLink());
            if (reports != null) {
                Files.createDirectories(reports);
                Files.writeString(reports.resolve(held.name() + ".json"), ReportJson.of(held, new ClaimGrouper(model, SEMANTICS)));
            }
            if (losoDir != null) {
                Files.createDirectories(losoDir);
                write(model, losoDir.resolve(held.name() + ".properties"), "all stories but " + held.name());
            }
        }
        System.out.printf(Locale.ROOT, "%-32s %20.2f%n", "mean F1", sum / corpora.size());
        if (out != null) {
            PairModel model = fit(corpora);
            write(model, out, "all " + corpora.size() + " stories");
            System.out.println("wrote " + out + " (link " + model.threshold() + ", average " + model.averageLink()
                    + ", weakest " + model.weakestLink() + ", repeat " + model.repeatLink() + ", conflict " + model.conflictLink() + ")");
        }
    }

    /** Weights by Newton's method, then the threshold whose groups score best on the same stories. */
    static PairModel fit(List<Corpus> corpora) {
        List<Pair> pairs = new ArrayList<>();
        List<Pair> disagreeing = new ArrayList<>();
        for (Corpus corpus : corpora) {
            StoryPairs story = pairs(corpus);
            pairs.addAll(story.all());
            disagreeing.addAll(story.disagreeing());
        }
        double[] weights = newton(pairs);
        double[] conflictWeights = newton(disagreeing);
        PairModel scoring = new PairModel(weights, conflictWeights, 1, 1, 0, 0, 1);
        List<ClaimGrouper.Scored> scored = corpora.stream()
                .map(corpus -> new ClaimGrouper(scoring, SEMANTICS).score(corpus.members())).toList();
        // every point of the grid scored once; NaN where the cut-offs contradict each other
        double[][][][] f1 = new double[LINKS.length][AVERAGES.length][WEAKEST.length][REPEATS.length];
        for (int l = 0; l < LINKS.length; l++) {
            for (int a = 0; a < AVERAGES.length; a++) {
                for (int w = 0; w < WEAKEST.length; w++) {
                    for (int r = 0; r < REPEATS.length; r++) {
                        double link = LINKS[l];
                        double average = AVERAGES[a];
                        double weakest = WEAKEST[w];
                        double repeat = REPEATS[r];
                        if (average > link || weakest > average || repeat != 0 && repeat <= average) {
                            f1[l][a][w][r] = Double.NaN;
                            continue;
                        }
                        double sum = 0;
                        for (int i = 0; i < corpora.size(); i++) {
                            sum += corpora.get(i).pairwise(scored.get(i).cluster(link, average, weakest, repeat))[2];
                        }
                        f1[l][a][w][r] = sum / corpora.size();
                    }
                }
            }
        }
        // the point whose neighbourhood scores best, not a lone peak: a peak the training stories happen to reach
        // moves from fold to fold, a plateau carries over to stories the fit has not seen
        double[] best = {0.5, 0.5, 0, 0};
        double bestScore = -1;
        for (int l = 0; l < LINKS.length; l++) {
            for (int a = 0; a < AVERAGES.length; a++) {
                for (int w = 0; w < WEAKEST.length; w++) {
                    for (int r = 0; r < REPEATS.length; r++) {
                        if (Double.isNaN(f1[l][a][w][r])) {
                            continue;
                        }
                        double score = neighbourhood(f1, l, a, w, r);
                        if (score > bestScore + 1e-9) {
                            bestScore = score;
                            best = new double[] {LINKS[l], AVERAGES[a], WEAKEST[w], REPEATS[r]};
                        }
                    }
                }
            }
        }
        PairModel grouping = new PairModel(weights, conflictWeights, best[0], best[1], best[2], best[3], 1);
        return new PairModel(weights, conflictWeights, best[0], best[1], best[2], best[3], conflictLink(grouping, corpora));
    }

    /**
     * The conflict cut-off whose reports, on the training stories grouped by the fitted model, best catch the gold
     * conflicts and keep the consistent facts unflagged (mean conflict recall plus mean consistent kept), taken on the
     * plateau as the grouping cut-offs are.
     */
    private static double conflictLink(PairModel model, List<Corpus> corpora) {
        ClaimGrouper grouper = new ClaimGrouper(model, SEMANTICS);
        double[][] recall = new double[corpora.size()][CONFLICT_LINKS.length];
        double[][] kept = new double[corpora.size()][CONFLICT_LINKS.length];
        for (int i = 0; i < corpora.size(); i++) {
            Corpus corpus = corpora.get(i);
            List<ClaimGrouper.Prepared> prepared = corpus.members().stream().map(grouper::prepare).toList();
            List<List<Integer>> groups = grouper.groupPrepared(prepared, Deadline.none());
            List<ReconcileInput> inputs = new ArrayList<>();
            Map<ReconcileInput, ClaimGrouper.Prepared> featuresOf = new IdentityHashMap<>();
            for (int m = 0; m < corpus.members().size(); m++) {
                GroupMember member = corpus.members().get(m);
                int article = Integer.parseInt(member.articleId().substring(1)) - 1;
                ReconcileInput input = new ReconcileInput("c" + m, member.articleId(),
                        String.valueOf(corpus.articles().get(article).outlet()), member.claim());
                inputs.add(input);
                featuresOf.put(input, prepared.get(m));
            }
            for (int c = 0; c < CONFLICT_LINKS.length; c++) {
                double link = CONFLICT_LINKS[c];
                GroupReconciler reconciler = new GroupReconciler(group -> (a, b) ->
                        grouper.surelySameFact(featuresOf.get(a), featuresOf.get(b), link));
                boolean[] flagged = new boolean[groups.size()];
                for (int g = 0; g < groups.size(); g++) {
                    List<ReconcileInput> group = groups.get(g).stream().map(inputs::get).toList();
                    flagged[g] = reconciler.reconcile(group, Map.of()).status() == Verdict.Status.CONFLICT;
                }
                double[] figures = corpus.conflictFigures(groups, flagged);
                recall[i][c] = figures[0];
                kept[i][c] = figures[1];
            }
        }
        double[] score = new double[CONFLICT_LINKS.length];
        for (int c = 0; c < CONFLICT_LINKS.length; c++) {
            score[c] = mean(recall, c) + mean(kept, c);
        }
        double best = CONFLICT_LINKS[0];
        double bestScore = -1;
        for (int c = 0; c < CONFLICT_LINKS.length; c++) {
            double plateau = (score[Math.max(0, c - 1)] + score[c] + score[Math.min(score.length - 1, c + 1)]) / 3;
            if (plateau > bestScore + 1e-9) {
                bestScore = plateau;
                best = CONFLICT_LINKS[c];
            }
        }
        return best;
    }

    /** The mean of one column over the stories where it is defined. */
    private static double mean(double[][] figures, int column) {
        double sum = 0;
        int count = 0;
        for (double[] row : figures) {
            if (!Double.isNaN(row[column])) {
                sum += row[column];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The mean score of a grid point and its valid neighbours, one step away along each cut-off. */
    private static double neighbourhood(double[][][][] f1, int l, int a, int w, int r) {
        double sum = 0;
        int count = 0;
        for (int dl = -1; dl <= 1; dl++) {
            for (int da = -1; da <= 1; da++) {
                for (int dw = -1; dw <= 1; dw++) {
                    for (int dr = -1; dr <= 1; dr++) {
                        int nl = l + dl;
                        int na = a + da;
                        int nw = w + dw;
                        int nr = r + dr;
                        if (nl < 0 || na < 0 || nw < 0 || nr < 0 || nl >= f1.length || na >= f1[0].length
                                || nw >= f1[0][0].length || nr >= f1[0][0][0].length || Double.isNaN(f1[nl][na][nw][nr])) {
                            continue;
                        }
                        sum += f1[nl][na][nw][nr];
                        count++;
                    }
                }
            }
        }
        return sum / count;
    }

    /** A story's training pairs: all of them, for grouping, and those whose values disagree, for the conflict model. */
    private record StoryPairs(List<Pair> all, List<Pair> disagreeing) {
    }

    /**
     * Every cross-article pair of one block whose claims both belong to one gold group, same group or not, among the
     * pairs the model weighs at all ({@link PairModel#weighed}): what it is never applied to teaches it nothing. Those
     * whose values cannot both be true are also the conflict model's: the pairs it is applied to. Each list weighs
     * {@link #PAIRS_PER_STORY} in all.
     */
    private static StoryPairs pairs(Corpus corpus) {
        List<ClaimFeatures> features = new ArrayList<>();
        for (int i = 0; i < corpus.members().size(); i++) {
            features.add(ClaimFeatures.of(i, corpus.members().get(i)));
        }
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<Boolean> disagree = new ArrayList<>();
        for (int a = 0; a < features.size(); a++) {
            for (int b = a + 1; b < features.size(); b++) {
                ClaimFeatures left = features.get(a);
                ClaimFeatures right = features.get(b);
                int goldLeft = corpus.goldGroupOf(a);
                int goldRight = corpus.goldGroupOf(b);
                // a claim the annotators tied to no fact is no fact of theirs: pairs with it teach what is apart
                boolean untied = corpus.goldGroups().get(a).isEmpty() || corpus.goldGroups().get(b).isEmpty();
                if (!untied && (goldLeft < 0 || goldRight < 0) || left.articleId().equals(right.articleId())
                        || !left.block().equals(right.block()) || !PairModel.weighed(left, right)) {
                    continue;
                }
                xs.add(PairFeatures.of(left, right, PairModel.meaning(left, right, SEMANTICS)));
                ys.add(!untied && goldLeft == goldRight ? 1.0 : 0.0);
                disagree.add(GroupReconciler.disagree(corpus.members().get(a).claim().value(),
                        corpus.members().get(b).claim().value()));
            }
        }
        long disagreeing = disagree.stream().filter(Boolean::booleanValue).count();
        double weight = xs.isEmpty() ? 0 : PAIRS_PER_STORY / xs.size();
        double disagreeingWeight = disagreeing == 0 ? 0 : PAIRS_PER_STORY / disagreeing;
        List<Pair> all = new ArrayList<>(xs.size());
        List<Pair> disagreeingPairs = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            all.add(new Pair(xs.get(i), ys.get(i), weight));
            if (disagree.get(i)) {
                disagreeingPairs.add(new Pair(xs.get(i), ys.get(i), disagreeingWeight));
            }
        }
        return new StoryPairs(all, disagreeingPairs);
    }

    private static double[] newton(List<Pair> pairs) {
        int n = PairFeatures.NAMES.size();
        double[] beta = new double[n];
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Pair pair : pairs) {
                double z = 0;
                for (int i = 0; i < n; i++) {
                    z += beta[i] * pair.x()[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double residual = pair.weight() * (pair.y() - p);
                double curvature = pair.weight() * p * (1 - p);
                for (int i = 0; i < n; i++) {
                    gradient[i] += residual * pair.x()[i];
                    for (int j = 0; j < n; j++) {
                        hessian[i][j] += curvature * pair.x()[i] * pair.x()[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                boolean bias = PairFeatures.NAMES.get(i).endsWith(".bias"); // biases are not penalized
                gradient[i] -= bias ? 0 : L2 * beta[i];
                hessian[i][i] += bias ? 1e-9 : L2;
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < n; i++) {
                beta[i] += step[i];
                size = Math.max(size, Math.abs(step[i]));
            }
            if (size < 1e-8) {
                break;
            }
        }
        return beta;
    }

    /** Gaussian elimination with partial pivoting: the Hessian is small and positive definite. */
    private static double[] solve(double[][] matrix, double[] vector) {
        int n = vector.length;
        double[][] a = new double[n][];
        double[] b = vector.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = sum / a[row][row];
        }
        return x;
    }

    private static void write(PairModel model, Path file, String fitOn) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# Pair model of grouping, fit on ").append(fitOn).append(" by GroupingModelFit (see the README).\n");
        text.append("threshold=").append(model.threshold()).append('\n');
        text.append("average-link=").append(model.averageLink()).append('\n');
        text.append("weakest-link=").append(model.weakestLink()).append('\n');
        text.append("repeat-link=").append(model.repeatLink()).append('\n');
        text.append("conflict-link=").append(model.conflictLink()).append('\n');
        model.weights().forEach((name, weight) -> text.append("weight.").append(name).append('=')
                .append(String.format(Locale.ROOT, "%.6f", weight)).append('\n'));
        text.append("# Conflict model: the same features, fit on the pairs whose values disagree.\n");
        model.conflictWeights().forEach((name, weight) -> text.append("conflict.weight.").append(name).append('=')
                .append(String.format(Locale.ROOT, "%.6f", weight)).append('\n'));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    }
}
