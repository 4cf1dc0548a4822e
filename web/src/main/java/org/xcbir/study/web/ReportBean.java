package org.xcbir.study.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xcbir.admin.web.PageMessages;
import org.xcbir.admin.BatchJobs;
import org.xcbir.statistics.PermutationSettings;
import org.xcbir.statistics.StudyStatistics;
import org.xcbir.statistics.StudyStatistics.JobState;
import org.xcbir.statistics.StudyStatistics.ReportInfo;
import org.xcbir.study.StudyService;
import org.xcbir.study.StudySimulation;
import org.xcbir.study.simulation.SimulationSettings;
import org.xcbir.study.StudyService.StudyView;

/**
 * A study's report (paper §5): run the statistics job, follow it, then Tables 1 and 2, the p-values, Figures 4
 * and 5 and the downloads, all from the latest stored report. Also starts simulated participants, to try a design
 * before paying people.
 */
@Named
@ViewScoped
public class ReportBean implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The tables shown on the page, in the paper's order, with their captions. */
    public record Shown(String name, String caption) implements Serializable {}

    private static final String MEMO = ReportBean.class.getName() + ".";

    private static final List<Shown> TABLES = List.of(
            new Shown("table1", "Table 1 — query distribution per superclass (qD-raw, qD, with-XAI / no-XAI ratio)"),
            new Shown("table2", "Table 2 — nP, nA and T, with-XAI / no-XAI, normalised by Table 1's ratio"),
            new Shown("table2-gains", "XAI gain for Cluttered and Small"),
            new Shown("p-values", "Permutation test (stratified by query class)"),
            new Shown("per-class", "Per query class"),
            new Shown("questionnaire", "Questionnaire (% agree at some level, % agree or strongly agree)"));

    @Inject
    private StudyService studies;

    @Inject
    private StudyStatistics statistics;

    @Inject
    private StudySimulation simulation;

    private Long id;
    private StudyView study;
    private boolean includeSimulated;
    private int permutations = PermutationSettings.PAPER_PERMUTATIONS;
    private Long seed;
    private Long execution;
    private int simulatedParticipants = 60;
    private String simulationPolicy = SimulationSettings.PolicyName.MAP_TRUSTING.tag();
    private double simulationNoise = 0.05;
    private Long simulationExecution;

    public void load() {
        study = id == null ? null : studies.get(id);
        if (seed == null && study != null) {
            seed = study.seed();
        }
    }

    public void run() {
        PageMessages.act(() -> {
            execution = statistics.start(id, includeSimulated, permutations, seed == null ? study.seed() : seed);
            return "Statistics job " + execution + " started; the report below is replaced when it is done.";
        });
    }

    /** Runs simulated participants through the (open) study, to try the design and the whole pipeline. */
    public void simulate() {
        PageMessages.act(() -> {
            simulationExecution = simulation.start(id, simulatedParticipants, Map.of(
                    SimulationSettings.POLICY, simulationPolicy, SimulationSettings.NOISE,
                    Double.toString(simulationNoise)));
            return "Simulation job " + simulationExecution + " started: " + simulatedParticipants
                    + " participants, one after the other.";
        });
    }

    public BatchJobs.JobProgress getSimulationJob() {
        return simulationExecution == null ? null : simulation.progress(simulationExecution);
    }

    public boolean isSimulating() {
        BatchJobs.JobProgress job = getSimulationJob();
        return job != null && (job.status().equals("STARTING") || job.status().equals("STARTED"));
    }

    public int getSimulationPercent() {
        BatchJobs.JobProgress job = getSimulationJob();
        return job == null ? 0 : (int) Math.min(100, 100 * job.written() / Math.max(1, simulatedParticipants));
    }

    public List<String> getSimulationPolicies() {
        return Arrays.stream(SimulationSettings.PolicyName.values()).map(SimulationSettings.PolicyName::tag).toList();
    }

    /** The job started from this page, while it runs or until the page is left. */
    public JobState getJob() {
        return execution == null ? null : statistics.job(execution);
    }

    public boolean isRunning() {
        JobState job = getJob();
        return job != null && (job.status().equals("STARTING") || job.status().equals("STARTED"));
    }

    public ReportInfo getReport() {
        if (id == null) {
            return null;
        }
        return ((Optional<?>) requestMemo().computeIfAbsent(MEMO + "report", key -> statistics.latest(id)))
                .map(ReportInfo.class::cast).orElse(null);
    }

    public List<Shown> getTables() {
        return TABLES;
    }

    @SuppressWarnings("unchecked")
    public List<List<String>> table(String name) {
        return (List<List<String>>) requestMemo().computeIfAbsent(MEMO + "table." + name,
                key -> statistics.table(id, name));
    }

    /** Per request: a render asks for the report and for each table many times, and they are files on disk. */
    private static Map<Object, Object> requestMemo() {
        return FacesContext.getCurrentInstance().getAttributes();
    }

    public List<String> header(String name) {
        List<List<String>> rows = table(name);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    /** The rows for reading: numbers to three decimals ("–" when undefined); the downloads keep full precision. */
    public List<List<String>> body(String name) {
        List<List<String>> rows = table(name);
        return rows.isEmpty() ? List.of()
                : rows.subList(1, rows.size()).stream().map(row -> row.stream().map(ReportBean::readable).toList())
                        .toList();
    }

    static String readable(String cell) {
        if (cell.equals("NaN")) {
            return "–";
        }
        if (!cell.contains(".")) {
            return cell;
        }
        try {
            return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return cell;
        }
    }

    public boolean has(String file) {
        ReportInfo report = getReport();
        return report != null && report.files().contains(file);
    }

    public StudyView getStudy() {
        return study;
    }

    public int getSimulatedParticipants() {
        return simulatedParticipants;
    }

    public void setSimulatedParticipants(int simulatedParticipants) {
        this.simulatedParticipants = simulatedParticipants;
    }

    public String getSimulationPolicy() {
        return simulationPolicy;
    }

    public void setSimulationPolicy(String simulationPolicy) {
        this.simulationPolicy = simulationPolicy;
    }

    public double getSimulationNoise() {
        return simulationNoise;
    }

    public void setSimulationNoise(double simulationNoise) {
        this.simulationNoise = simulationNoise;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isIncludeSimulated() {
        return includeSimulated;
    }

    public void setIncludeSimulated(boolean includeSimulated) {
        this.includeSimulated = includeSimulated;
    }

    public int getPermutations() {
        return permutations;
    }

    public void setPermutations(int permutations) {
        this.permutations = permutations;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }
}
