package org.xcbir.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskResultCsvTest {

    @Test
    void writeThenReadGivesTheSameTasks() throws IOException {
        List<TaskResult> tasks = List.of(
                new TaskResult("p1", false, "COCO_val2014_000000123.jpg", "dining table", Condition.NO_XAI, 17, 3, 38, 5, 440.9),
                new TaskResult("p\"2\"", true, "img,with,commas", "wine_glass", Condition.WITH_XAI, 0, 0, 0, 0, 0.1 + 0.2));
        StringBuilder csv = new StringBuilder();

        TaskResultCsv.write(csv, tasks);

        assertTrue(csv.toString().startsWith(String.join(",", TaskResultCsv.COLUMNS) + "\n"));
        assertEquals(tasks, TaskResultCsv.read(new StringReader(csv.toString())));
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndValuesAreTrimmed() throws IOException {
        String csv = """
                seconds,condition,query_class,participant_id,simulated,query_image_id,true_positives,false_positives,adjudications,refinements,extra
                12.5, with-xai ,vase,p9,FALSE,img9,4,1,7,2,ignored
                """;

        TaskResult task = TaskResultCsv.read(new StringReader(csv)).get(0);

        assertEquals(new TaskResult("p9", false, "img9", "vase", Condition.WITH_XAI, 4, 1, 7, 2, 12.5), task);
    }

    @Test
    void badFieldsAreReportedWithLineAndColumn() {
        String header = String.join(",", TaskResultCsv.COLUMNS) + "\n";
        String good = "p1,false,i1,vase,NO_XAI,1,0,2,0,10\n";

        IllegalArgumentException condition = assertThrows(IllegalArgumentException.class,
                () -> TaskResultCsv.read(new StringReader(header + good + "p2,false,i2,vase,MAYBE,1,0,2,0,10\n")));
        assertTrue(condition.getMessage().contains("line 3") && condition.getMessage().contains("condition"),
                condition.getMessage());

        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> TaskResultCsv.read(new StringReader(header + "p2,false,i2,vase,NO_XAI,-1,0,2,0,10\n")));
        assertTrue(negative.getMessage().contains("line 2"), negative.getMessage());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TaskResultCsv.read(new StringReader("participant_id,simulated\np1,false\n")));
        assertTrue(missing.getMessage().contains("query_image_id"), missing.getMessage());
    }

    @Test
    void readsClassStatisticsAndQuestionnaireAnswers() throws IOException {
        List<ClassArchiveStats> classes = ClassArchiveStatsCsv.read(new StringReader("class,confuser,area\nspoon,6.1,0.002\n"));
        assertEquals(List.of(new ClassArchiveStats("spoon", 6.1, 0.002)), classes);

        List<LikertAnswer> answers = LikertAnswerCsv.read(
                new StringReader("participant_id,context,statement_id,level\np1,final,prefer-with-saliency-maps,5\n"));
        assertEquals(List.of(new LikertAnswer("p1", QuestionnaireContext.FINAL, "prefer-with-saliency-maps", 5)), answers);

        IllegalArgumentException level = assertThrows(IllegalArgumentException.class, () -> LikertAnswerCsv.read(
                new StringReader("participant_id,context,statement_id,level\np1,FINAL,s,9\n")));
        assertTrue(level.getMessage().contains("line 2"), level.getMessage());
    }
}
