package org.xcbir.statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xcbir.statistics.figures.Figure4Chart;
import org.xcbir.statistics.figures.Figure5Chart;

/**
 * Writes the report's figures as {@code figure4.svg/.png} and {@code figure5.svg/.png}. Figure 4 needs
 * the superclass split (archive statistics), Figure 5 questionnaire answers: a figure without its data
 * is not written.
 */
public final class ReportFigures {

    public static final String FIGURE4 = "figure4";
    public static final String FIGURE5 = "figure5";

    private ReportFigures() {
    }

    /** @return the files written */
    public static List<Path> writeAll(StudyReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        if (report.superclasses() != null) {
            List<Figure4Point> points = report.superclasses().figure4();
            written.add(Files.writeString(directory.resolve(FIGURE4 + ".svg"), Figure4Chart.svg(points)));
            written.add(Files.write(directory.resolve(FIGURE4 + ".png"), Figure4Chart.png(points)));
        }
        if (!report.questionnaire().isEmpty()) {
            List<LikertSummary> summaries = report.questionnaire();
            written.add(Files.writeString(directory.resolve(FIGURE5 + ".svg"), Figure5Chart.svg(summaries)));
            written.add(Files.write(directory.resolve(FIGURE5 + ".png"), Figure5Chart.png(summaries)));
        }
        return written;
    }
}
