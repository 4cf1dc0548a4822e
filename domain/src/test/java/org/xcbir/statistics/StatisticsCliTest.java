package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return StatisticsCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTablesAndWritesFiles(@TempDir Path directory) throws IOException {
        Path events = directory.resolve("events.csv");
        StringBuilder csv = new StringBuilder();
        TaskResultCsv.write(csv, TestData.handComputed());
        Files.writeString(events, csv);
        Path classes = directory.resolve("classes.csv");
        Files.writeString(classes, "class,confuser,area\na,5,100\nb,4,10\nc,2,90\nd,1,5\n");
        Path answers = directory.resolve("answers.csv");
        Files.writeString(answers, "participant_id,context,statement_id,level\np1,FINAL,"
                + PaperStatement.PREFER_WITH.id() + ",5\n");
        Path outDir = directory.resolve("out");

        int code = run(events.toString(), "--class-stats", classes.toString(), "--questionnaire", answers.toString(),
                "--out", outDir.toString(), "--permutations", "200", "--seed", "3");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("== table1 =="), printed);
        assertTrue(printed.matches("(?s).*NP\\s+CLUTTERED\\s+.*0\\.231.*"), printed);
        assertTrue(Files.readString(outDir.resolve("p-values.csv")).contains(",200,3,"));
        assertTrue(Files.exists(outDir.resolve("statistics.json")));
        for (String file : List.of("report.xlsx", "figure4.svg", "figure4.png", "figure5.svg", "figure5.png")) {
            assertTrue(Files.size(outDir.resolve(file)) > 0, file);
        }
        assertTrue(Files.readString(outDir.resolve("figure4.svg")).startsWith("<svg"));
        assertTrue(printed.contains("wrote 16 files"), "10 CSV, JSON, XLSX and 4 figure files: " + printed);
    }

    @Test
    void figuresAreDrawnOnlyFromTheInputsTheyNeed(@TempDir Path directory) throws IOException {
        Path events = directory.resolve("events.csv");
        StringBuilder csv = new StringBuilder();
        TaskResultCsv.write(csv, TestData.handComputed());
        Files.writeString(events, csv);
        Path outDir = directory.resolve("out");

        assertEquals(0, run(events.toString(), "--out", outDir.toString()), err.toString(StandardCharsets.UTF_8));

        assertTrue(Files.exists(outDir.resolve("report.xlsx")));
        assertFalse(Files.exists(outDir.resolve("figure4.svg")), "Figure 4 needs --class-stats");
        assertFalse(Files.exists(outDir.resolve("figure5.svg")), "Figure 5 needs answers");
    }

    @Test
    void badArgumentsAndBadDataHaveDistinctExitCodes(@TempDir Path directory) throws IOException {
        assertEquals(2, run());
        assertEquals(2, run("events.csv", "--permutations", "0"));
        assertEquals(2, run("events.csv", "--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("report.xlsx"), "usage names the outputs");

        Path broken = directory.resolve("broken.csv");
        Files.writeString(broken, String.join(",", TaskResultCsv.COLUMNS) + "\np,false,i,c,NO_XAI,x,0,0,0,1\n");
        assertEquals(1, run(broken.toString(), "--out", directory.resolve("o").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 2"));
        assertEquals(1, run(directory.resolve("missing.csv").toString()));
    }
}
