package org.xcbir.statistics;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: prints the study tables, writes them as CSV, JSON and XLSX, and draws Figures 4 and 5
 * as SVG and PNG.
 *
 * <pre>
 * StatisticsCli EVENTS.csv [--class-stats CLASSES.csv] [--questionnaire ANSWERS.csv] [--out DIR]
 *               [--permutations N] [--seed S] [--include-simulated] [--sequential]
 * </pre>
 * Without --class-stats only the per-class and questionnaire tables are produced and Figure 4 is not
 * drawn (the superclass split needs Confuser and Area); without answers Figure 5 is not drawn.
 * Exit codes: 0 done, 1 bad data, 2 bad arguments.
 */
public final class StatisticsCli {

    static final long DEFAULT_SEED = 20_190_101L;
    static final Path DEFAULT_OUT = Path.of("statistics-out");
    static final String USAGE = "usage: StatisticsCli EVENTS.csv [--class-stats CLASSES.csv] [--questionnaire ANSWERS.csv]"
            + " [--out DIR] [--permutations N] [--seed S] [--include-simulated] [--sequential]\n"
            + "writes to DIR (default " + DEFAULT_OUT + "): NAME.csv per table, " + ReportExporter.JSON_FILE + ", "
            + ReportExporter.XLSX_FILE + ", " + ReportFigures.FIGURE4 + ".svg/.png (needs --class-stats), "
            + ReportFigures.FIGURE5 + ".svg/.png (needs --questionnaire)";

    private StatisticsCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Testable entry point; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            List<TaskResult> tasks = read(arguments.events, TaskResultCsv::read);
            List<ClassArchiveStats> classes = arguments.classStats == null ? List.of()
                    : read(arguments.classStats, ClassArchiveStatsCsv::read);
            List<LikertAnswer> answers = arguments.questionnaire == null ? List.of()
                    : read(arguments.questionnaire, LikertAnswerCsv::read);
            PermutationSettings permutation = new PermutationSettings(arguments.permutations, arguments.seed,
                    PermutationSettings.DEFAULT_BLOCK_SIZE, !arguments.sequential, PermutationSettings.PAPER_ALPHA);
            StudyReport report = StudyAnalysis.analyse(tasks, classes, answers,
                    new StudyOptions(arguments.includeSimulated, permutation));
            if (report.tasksAnalysed() == 0 && report.simulatedTasksExcluded() > 0) {
                err.println("warning: every task is from a simulated participant; add --include-simulated to analyse them");
            }
            List<ReportTable> tables = ReportTables.of(report);
            out.print(ReportText.format(tables));
            List<Path> written = new ArrayList<>(ReportExporter.writeAll(tables, arguments.out));
            written.addAll(ReportFigures.writeAll(report, arguments.out));
            out.println("wrote " + written.size() + " files to " + arguments.out.toAbsolutePath());
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private interface CsvReader<T> {
        List<T> read(Reader reader) throws IOException;
    }

    private static <T> List<T> read(Path file, CsvReader<T> csvReader) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return csvReader.read(reader);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static final class Arguments {
        private Path events;
        private Path classStats;
        private Path questionnaire;
        private Path out = DEFAULT_OUT;
        private int permutations = PermutationSettings.PAPER_PERMUTATIONS;
        private long seed = DEFAULT_SEED;
        private boolean includeSimulated;
        private boolean sequential;

        static Arguments parse(String[] args) {
            Arguments parsed = new Arguments();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--class-stats" -> parsed.classStats = Path.of(value(args, ++i, arg));
                    case "--questionnaire" -> parsed.questionnaire = Path.of(value(args, ++i, arg));
                    case "--out" -> parsed.out = Path.of(value(args, ++i, arg));
                    case "--permutations" -> parsed.permutations = positiveInt(value(args, ++i, arg), arg);
                    case "--seed" -> parsed.seed = number(value(args, ++i, arg), arg);
                    case "--include-simulated" -> parsed.includeSimulated = true;
                    case "--sequential" -> parsed.sequential = true;
                    default -> {
                        if (arg.startsWith("--") || parsed.events != null) {
                            throw new IllegalArgumentException("unexpected argument: " + arg);
                        }
                        parsed.events = Path.of(arg);
                    }
                }
            }
            if (parsed.events == null) {
                throw new IllegalArgumentException("missing EVENTS.csv");
            }
            return parsed;
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        private static int positiveInt(String text, String option) {
            long value = number(text, option);
            if (value < 1 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(option + " must be a positive integer: " + text);
            }
            return (int) value;
        }

        private static long number(String text, String option) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " must be an integer: " + text);
            }
        }
    }
}
